using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release.Journal;
using Slipway.Core.Release.Views;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Copies a directory for the new version (bpfman's examples/config/v{previous} → v{version}),
/// rewriting whole-token occurrences of the previous version, bare and as a tag, to the new one;
/// 0.0.0.0 and 0.5.10 are never touched. A target that already exists is left alone and reported.
/// </summary>
public sealed class CopiesStep : IReleaseStep
{
    public string Name => StepNames.Copies;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => config.Release.Copies.Count > 0;

    public StepResult Run(ReleaseContext context)
    {
        if (context.Previous is null)
        {
            return StepResult.Done("no previous release to copy from");
        }

        // Every path is checked before the first copy, so a bad one never leaves the copies before it made.
        foreach (var copy in context.Settings.Copies)
        {
            ConfiguredPath.Resolve(context.Config.Root, context.Render(copy.From), copy.Label + ".from");
            ConfiguredPath.Resolve(context.Config.Root, context.Render(copy.To), copy.Label + ".to");
        }

        var reports = context.Settings.Copies.Select(copy => Apply(context, copy)).ToList();
        return StepResult.Done(string.Join("; ", reports));
    }

    private static string Apply(ReleaseContext context, CopySetting copy)
    {
        var from = context.Render(copy.From);
        var to = context.Render(copy.To);
        if (context.Repository.DirectoryExists(to))
        {
            return $"{to} already exists: left alone";
        }

        if (!context.Repository.DirectoryExists(from))
        {
            throw new SlipwayException(Errors.StepFailed, $"{copy.Label}: {from} does not exist, so there is nothing to copy to {to}",
                "fix 'copies' in slipway.yaml (from is relative to it), or create the directory, then run 'slipway resume'");
        }

        var previous = context.Previous!;
        var copied = context.Repository.CopyDirectory(from, to, new VersionRewrite(previous.ToString(), context.Config.Tag.TagFor(previous), context.Version.ToString(), context.Journal.Tag));
        return $"copied {from} to {to} ({copied.Files.Count} file(s), {copied.Rewritten} version(s) rewritten)";
    }
}

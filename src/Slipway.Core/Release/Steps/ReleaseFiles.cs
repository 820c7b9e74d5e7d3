using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Which changed files are the release's: those its steps changed (each step's record says which),
/// never those a person changed meanwhile, nor the files of a step a person skipped (what a failed
/// attempt left is not a result), nor the configuration unless a reference names it. The release
/// commit holds these and nothing else; the rest is named and left as it is.
/// </summary>
public sealed record ReleaseFiles(IReadOnlyList<string> Pending, IReadOnlyList<string> LeftOut)
{
    public static ReleaseFiles Of(ReleaseContext context)
    {
        var changed = context.Repository.ChangedPaths();
        var records = context.Journal.Steps.Where(s => s.Status == StepStatus.Done && s.Reason is null).ToList();
        if (records.Any(r => r.Changed is null))
        {
            // A release an older build began recorded no step's files: it commits every change, as that build did.
            return new ReleaseFiles(changed, []);
        }

        var configuration = context.Repository.Prefix + Path.GetFileName(context.Config.FilePath);
        var named = context.Config.Versions.Concat(context.Settings.Pins.Select(p => p.Reference))
            .Any(r => context.Repository.Prefix + r.File == configuration);
        var ours = records.SelectMany(r => r.Changed!).Where(p => named || p != configuration).ToHashSet(StringComparer.Ordinal);
        return new ReleaseFiles(changed.Where(ours.Contains).ToList(), changed.Where(p => !ours.Contains(p)).ToList());
    }

    /// <summary>What the step's message adds when something was left out.</summary>
    public string Note => LeftOut.Count == 0 ? string.Empty
        : $"; left out {LeftOut.Count} changed file(s) the release did not change: {string.Join(", ", LeftOut)}";
}

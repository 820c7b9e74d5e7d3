using Slipway.Core.Configuration;
using Slipway.Core.Files;
using Slipway.Core.Planning;
using Slipway.Core.References;
using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Sets values that hold a released version only during the release (bpfman's dispatcher image
/// tags, "latest" between releases): to their 'release' value here, back to 'after' after the tag.
/// </summary>
public sealed class PinsStep : IReleaseStep
{
    public string Name => StepNames.Pins;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => config.Release.Pins.Count > 0;

    public StepResult Run(ReleaseContext context)
    {
        var plan = Plan(context, release: true, context.Repository.WorkTree);
        if (plan.IsEmpty)
        {
            return StepResult.Done("every pin already holds its release value");
        }

        context.Repository.EditFiles(new EditFiles("set the pins' release values", plan.Edits, plan.Changes));
        return StepResult.Done($"{plan.Changes.Count} pin(s) set: {Describe(plan)}");
    }

    /// <summary>The edits that set every pin in <paramref name="files"/> to its release (or, with <paramref name="release"/> false, its after) value.</summary>
    public static BumpPlan Plan(ReleaseContext context, bool release, IFileSource files)
    {
        var pins = context.Settings.Pins;
        var values = context.Values();
        var templates = pins.ToDictionary(p => p.Reference, p => release ? p.Release : p.After);
        var scan = ReferenceReader.Read(context.Config, pins.Select(p => p.Reference), new DocumentCache(files));
        return BumpPlanner.Plan(scan, context.Version, reference => templates[reference].Render(values));
    }

    public static string Describe(BumpPlan plan) =>
        string.Join(", ", plan.Changes.Select(c => $"{c.Path}:{c.Line} {c.OldValue} → {c.NewValue}"));
}

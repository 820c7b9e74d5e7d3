using Slipway.Core.Files;
using Slipway.Core.Planning;
using Slipway.Core.References;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Sets values that hold a released version only during the release (bpfman's dispatcher image
/// tags, "latest" between releases): to their 'release' value here, back to 'after' after the tag.
/// </summary>
public sealed class PinsStep : IReleaseStep
{
    public string Name => StepNames.Pins;

    public StepResult Run(ReleaseContext context)
    {
        var plan = Plan(context, release: true);
        new AtomicFileWriter(context.Config.Root, StateDirectory.For(context.Config.Root)).Write(plan.Edits);
        return StepResult.Done(plan.IsEmpty ? "every pin already holds its release value" : $"{plan.Changes.Count} pin(s) set: {Describe(plan)}");
    }

    /// <summary>The edits that set every pin to its release (or, with <paramref name="release"/> false, its after) value.</summary>
    public static BumpPlan Plan(ReleaseContext context, bool release, DocumentCache? source = null)
    {
        var pins = context.Settings.Pins;
        var values = context.Values();
        var templates = pins.ToDictionary(p => p.Reference, p => release ? p.Release : p.After);
        var scan = ReferenceReader.Read(context.Config, pins.Select(p => p.Reference), source);
        return BumpPlanner.Plan(scan, context.Version, reference => templates[reference].Render(values));
    }

    public static string Describe(BumpPlan plan) =>
        string.Join(", ", plan.Changes.Select(c => $"{c.Path}:{c.Line} {c.OldValue} → {c.NewValue}"));
}

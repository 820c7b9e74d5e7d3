using Slipway.Core.Configuration;
using Slipway.Core.Planning;
using Slipway.Core.References;
using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release.Steps;

/// <summary>Writes the release version into every reference (all or nothing); a bump already made has nothing left to do.</summary>
public sealed class BumpStep : IReleaseStep
{
    public string Name => StepNames.Bump;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => true;

    public string? WhyNotSkippable => "the release is the version written into its references (the tag step checks the tree holds it)";

    public StepResult Run(ReleaseContext context)
    {
        var scan = ReferenceReader.Read(context.Config, new DocumentCache(context.Repository.WorkTree));
        var plan = BumpPlanner.Plan(scan, context.Version, context.DatedValue(context.Version));
        if (plan.IsEmpty)
        {
            return StepResult.Done($"every reference already holds {context.Version}");
        }

        context.Repository.EditFiles(new EditFiles($"set {context.Version}", plan.Edits, plan.Changes));
        return StepResult.Done($"{plan.Changes.Count} value(s) in {plan.Edits.Count} file(s) set to {context.Version}{FromDevelopment(scan)}");
    }

    // The base's development version (0.7.0-dev, set after the last release) is the normal start of
    // the next release: said, not silently overwritten.
    private static string FromDevelopment(ReferenceScan scan) =>
        scan.Consensus.Version is { IsPreRelease: true } current && PreReleaseStyle.NumberOf(current.PreRelease) is null
            ? $", from the development version {current}"
            : string.Empty;
}

using Slipway.Core.Configuration;
using Slipway.Core.Release.Journal;
using Slipway.Core.Release.Steps;

namespace Slipway.Core.Release;

/// <summary>
/// The steps a person may still name to 'slipway done' (the manual checkpoints) and 'slipway skip'
/// (a step that may be passed over): for the release in progress, those not yet done or skipped;
/// with none in progress, every name the configuration allows. A shell completes these.
/// </summary>
public static class RemainingSteps
{
    public static IReadOnlyList<string> ToMarkDone(SlipwayConfig config, ReleaseJournal? inProgress) =>
        config.Release.Steps.Select(s => s.Name).Where(name => inProgress is null || IsOpen(inProgress, name)).ToList();

    public static IReadOnlyList<string> ToSkip(SlipwayConfig config, ReleaseJournal? inProgress) => inProgress is null
        ? StepNames.All.Concat(config.Release.Steps.Select(s => s.Name)).Distinct().ToList()
        : ReleasePlan.For(config, inProgress).Steps.Where(s => s.WhyNotSkippable is null && IsOpen(inProgress, s.Name)).Select(s => s.Name).ToList();

    private static bool IsOpen(ReleaseJournal journal, string step) =>
        journal.Steps.FirstOrDefault(s => s.Name == step)?.Status is not (StepStatus.Done or StepStatus.Skipped);
}

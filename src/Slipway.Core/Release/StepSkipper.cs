using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release.Journal;
using Slipway.Core.Release.Steps;

namespace Slipway.Core.Release;

/// <summary>
/// 'slipway skip STEP --reason TEXT': the way past a step that cannot be done here (a command that
/// needs the network), recorded in the journal as skipped, with the reason and the time, for
/// 'status' and the run's summary. A step another step stands on, or that is the release itself, is
/// refused with the reason; so is one already done.
/// </summary>
public static class StepSkipper
{
    public static void Skip(SlipwayConfig config, ReleaseJournal journal, string step, string reason, DateTimeOffset now)
    {
        reason = reason.Trim();
        if (reason.Length == 0)
        {
            throw new SlipwayException(Errors.Usage, "a skip needs a reason: --reason TEXT", "say why the step is not done, e.g. --reason \"cargo generate-lockfile cannot run offline\"");
        }

        var plan = ReleasePlan.For(config, journal);
        if (plan.Find(step) is not { } found)
        {
            throw new SlipwayException(Errors.Usage, $"'{step}' is not a step of the release of {journal.Tag}",
                $"its steps: {string.Join(", ", plan.Steps.Select(s => s.Name))}");
        }

        if (found.WhyNotSkippable is { } why)
        {
            throw new SlipwayException(Errors.StepNotSkippable, $"'{step}' cannot be skipped: {why}",
                "fix the cause and run 'slipway resume', or drop the release with 'slipway abort'");
        }

        var record = journal.Step(step);
        if (record.Status is StepStatus.Done or StepStatus.Skipped)
        {
            throw new SlipwayException(Errors.StepAlreadyFinished, $"'{step}' is already {record.Status.ToString().ToLowerInvariant()}: {record.Message}",
                "'slipway status' shows every step");
        }

        record.Status = StepStatus.Skipped;
        record.Reason = reason;
        record.Message = $"skipped by hand: {reason}";
        record.Finished = now;
        record.Baseline = null;
    }
}

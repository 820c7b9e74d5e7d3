using Slipway.Core.Diagnostics;

namespace Slipway.Core.Release;

/// <summary>How a run ended: every step done, or stopped at a step that waits for something.</summary>
public sealed record ReleaseOutcome(bool Completed, string? WaitingAt, string? Reason);

/// <summary>
/// Runs a release's steps in order from the first one not yet done, saving the journal before and
/// after each, so that a run stopped anywhere (a failure, a wait, a kill) resumes exactly there.
/// </summary>
public sealed class ReleaseRunner(ReleaseContext context, JournalStore store)
{
    public ReleaseOutcome Run()
    {
        var journal = context.Journal;
        var plan = ReleasePlan.For(context.Config, journal);
        context.SaveJournal = () => store.Save(journal);
        foreach (var step in plan.Steps)
        {
            journal.Step(step.Name); // the checklist lists every step from the start
        }

        store.Save(journal);
        foreach (var step in plan.Steps)
        {
            var record = journal.Step(step.Name);
            if (record.Status is StepStatus.Done or StepStatus.Skipped)
            {
                continue;
            }

            if (plan.Skipped.Contains(step.Name))
            {
                Finish(record, StepStatus.Skipped, $"skipped by the {plan.Profile} profile");
                continue;
            }

            record.Status = StepStatus.Running;
            record.Started = DateTimeOffset.UtcNow;
            record.Message = null;
            store.Save(journal);
            context.Observer.StepStarted(step.Name);
            CrashPoints.Hit("before:" + step.Name);
            StepResult result;
            try
            {
                result = step.Run(context);
            }
            catch (SlipwayException e)
            {
                var details = e.Details.Count > 0 ? ": " + string.Join("; ", e.Details) : string.Empty;
                Finish(record, StepStatus.Failed, e.Message + details);
                if (step.Name == StepNames.Preflight)
                {
                    // Refused before it touched anything: a finished attempt that blocks no other release.
                    store.Archive(journal, "refused");
                }

                throw;
            }

            Finish(record, result.Status, result.Message);
            CrashPoints.Hit("after:" + step.Name);
            if (result.Status == StepStatus.Waiting)
            {
                return new ReleaseOutcome(false, step.Name, result.Message);
            }
        }

        // Done: leave the person on the base branch, brought up to the remote's (the release merged there).
        Steps.PostReleaseStep.ReturnToBase(context);
        return new ReleaseOutcome(true, null, null);
    }

    private void Finish(StepRecord record, StepStatus status, string message)
    {
        record.Status = status;
        record.Message = message;
        record.Finished = DateTimeOffset.UtcNow;
        store.Save(context.Journal);
        context.Observer.StepFinished(record.Name, status, message);
    }
}

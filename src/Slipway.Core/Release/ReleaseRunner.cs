using Slipway.Core.Diagnostics;
using Slipway.Core.Release.Journal;
using Slipway.Core.Release.Steps;

namespace Slipway.Core.Release;

/// <summary>How a run ended: every step done, or stopped at a step that waits for something.</summary>
public sealed record ReleaseOutcome(ReleaseJournal Journal, bool Completed, string? WaitingAt, string? Reason);

/// <summary>
/// Runs a release's steps in order from the first one not yet done, saving the journal before and
/// after each, so that a run stopped anywhere (a failure, a wait, a kill) resumes exactly there. The
/// same loop runs a dry run: its repository view ends each wait as expected, and its journal is
/// kept in memory only.
/// </summary>
public sealed class ReleaseRunner(ReleaseContext context, IJournalStore store)
{
    /// <summary>The name the actions after the last step are reported under (back to the base, the merged branches removed).</summary>
    public const string Finishing = "finish";

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

            var result = Run(step, record);
            while (result.Status == StepStatus.Waiting && context.World.Fulfil(result.Until!, result.Message, journal))
            {
                result = Run(step, record); // what a resume does once the wait is over
            }

            if (result.Status == StepStatus.Waiting)
            {
                return new ReleaseOutcome(journal, false, step.Name, result.Message);
            }
        }

        context.Step = Finishing;
        ReleaseCleanup.Finish(context);
        return new ReleaseOutcome(journal, true, null, null);
    }

    private StepResult Run(IReleaseStep step, StepRecord record)
    {
        // What was changed before this attempt is not the step's. A killed attempt (still running)
        // keeps the baseline it took, so what it wrote before the kill stays the step's on the retry.
        if (record.Status != StepStatus.Running || record.Baseline is null)
        {
            record.Baseline = context.Repository.ChangedPaths().ToList();
        }

        record.Status = StepStatus.Running;
        record.Started = DateTimeOffset.UtcNow;
        record.Message = null;
        store.Save(context.Journal);
        context.Step = step.Name;
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
            Attribute(record);
            Finish(record, StepStatus.Failed, e.Message + details);
            throw;
        }

        Attribute(record);
        Finish(record, result.Status, result.Message);
        CrashPoints.Hit("after:" + step.Name);
        return result;
    }

    // The files the step changed are those changed now and not before it began: a file a person
    // changed meanwhile (slipway.yaml, after a failure) is not the release's, and is not committed.
    private void Attribute(StepRecord record)
    {
        var before = record.Baseline ?? [];
        var changed = context.Repository.ChangedPaths().Except(before, StringComparer.Ordinal);
        record.Changed = (record.Changed ?? []).Union(changed, StringComparer.Ordinal).ToList();
        record.Baseline = null;
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

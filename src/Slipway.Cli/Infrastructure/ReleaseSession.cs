using Slipway.Cli.Output;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;
using Slipway.Core.Release;

namespace Slipway.Cli.Infrastructure;

/// <summary>What the release commands share: the journal store, the lock, the observer, and how a run's outcome is told.</summary>
internal sealed class ReleaseSession(Invocation run)
{
    public JournalStore Store { get; } = new(StateDirectory.For(run.Config.Root));

    public IReleaseObserver Observer { get; } = run.Json
        ? new JsonReleaseObserver(run.Out)
        : new HumanReleaseObserver(run.Out, run.IO.OutIsTerminal && !run.IO.NoColorRequested);

    public ReleaseContext Context(ReleaseJournal journal) => new(run.Config, journal, run.Git(), Observer) { Host = run.Host };

    /// <summary>Runs the journal's release from its first unfinished step and reports where it stopped.</summary>
    public int Run(ReleaseJournal journal)
    {
        using var writing = run.LockForWriting("release");
        var outcome = new ReleaseRunner(Context(journal), Store).Run();
        Report(journal, outcome);
        return 0;
    }

    private void Report(ReleaseJournal journal, ReleaseOutcome outcome)
    {
        if (Observer is JsonReleaseObserver json)
        {
            json.Write(new ReleaseEventJson(outcome.Completed ? "completed" : "waiting", outcome.WaitingAt, null, outcome.Reason, null));
            return;
        }

        run.Out.WriteLine(outcome.Completed
            ? $"{journal.Tag} is released."
            : $"Waiting at {outcome.WaitingAt}: {Output.Shown.Plain(outcome.Reason ?? string.Empty)}");
        run.Out.Flush();
    }

    /// <summary>Asks before acting, but only a person at a terminal; --yes or no terminal means go ahead.</summary>
    public static bool Confirm(Invocation run, bool yes, string question)
    {
        if (yes || run.Json || !run.IO.OutIsTerminal || Console.IsInputRedirected)
        {
            return true;
        }

        run.Out.Write($"{question} [y/N] ");
        run.Out.Flush();
        return Console.ReadLine()?.Trim().ToLowerInvariant() is "y" or "yes";
    }

    public static SlipwayException Declined() => new(Errors.Usage, "nothing was done (not confirmed)", "pass --yes to skip the question");
}

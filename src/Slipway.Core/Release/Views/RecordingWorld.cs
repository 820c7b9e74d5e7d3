using Slipway.Core.Registries;
using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;
using Slipway.Core.Release.Steps;

namespace Slipway.Core.Release.Views;

/// <summary>
/// The world of a dry run: commands and artifact checks are recorded, not made, and every wait is
/// taken to end as expected: the pull request merges as it is, the person marks the step, CI
/// publishes. So the plan goes on to show what each resume would do.
/// </summary>
public sealed class RecordingWorld(RecordingRepository repository, Action<ReleaseAction> report) : IReleaseWorld
{
    private bool _published;

    public CommandOutcome? Run(RunCommand command, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, Action<string> output)
    {
        report(command);
        return null;
    }

    public IReadOnlyList<ArtifactResult> CheckArtifacts(IReadOnlyList<ArtifactCheck> checks, TimeSpan wait, IArtifactObserver progress)
    {
        report(Actions.CheckArtifacts.For(checks, wait));
        return checks.Select(c => _published
            ? new ArtifactResult(c, ArtifactStatus.Present, "taken as published (dry run)")
            : new ArtifactResult(c, ArtifactStatus.Missing, "not published yet (dry run)")).ToList();
    }

    public TimeSpan WaitLimit(TimeSpan configured) => TimeSpan.Zero;

    public bool Fulfil(ReleaseWait wait, string reason, ReleaseJournal journal)
    {
        report(new Wait(wait.Describe(reason)));
        switch (wait)
        {
            case MergeWait merge:
                repository.MergeAsIs(merge.Remote, merge.Branch, merge.Into);
                break;
            case PersonWait person:
                journal.Marked.Add(person.Step);
                break;
            case ArtifactsWait:
                _published = true;
                break;
        }

        return true;
    }
}

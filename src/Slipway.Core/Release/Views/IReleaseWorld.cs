using Slipway.Core.Registries;
using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;
using Slipway.Core.Release.Steps;

namespace Slipway.Core.Release.Views;

/// <summary>
/// What a release asks of the world outside its repository: the commands of slipway.yaml, the
/// registries that hold its artifacts, and the merges and people it waits for. The real run acts
/// (<see cref="LiveWorld"/>); a dry run records and takes each wait as ended (<see cref="RecordingWorld"/>).
/// </summary>
public interface IReleaseWorld
{
    /// <summary>Runs a command; null when it is only recorded (a dry run cannot know its output).</summary>
    CommandOutcome? Run(RunCommand command, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, Action<string> output);

    /// <summary>Checks published artifacts, polling up to <paramref name="wait"/> (a dry run only records the check).</summary>
    IReadOnlyList<ArtifactResult> CheckArtifacts(IReadOnlyList<ArtifactCheck> checks, TimeSpan wait, IArtifactObserver progress);

    /// <summary>How long a step may wait for the world (a pull request to be merged): a dry run never waits.</summary>
    TimeSpan WaitLimit(TimeSpan configured);

    /// <summary>
    /// Makes a wait end as expected (the merge happens, the person marks the step, CI publishes) and
    /// says so; true only in a dry run, which goes on to show what a resume would then do.
    /// </summary>
    bool Fulfil(ReleaseWait wait, string reason, ReleaseJournal journal);
}

using Slipway.Core.Configuration;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Waits until the release is merged into the base branch on the remote, and finds the commit where it
/// landed: the merge commit, the release commit itself after a fast-forward, or, after a squash merge,
/// the first commit of the base whose tree holds the version in every reference. With a forge client
/// it opens the pull request itself and watches it (<see cref="PullRequestWatcher"/>); without one a
/// person opens and merges it.
/// </summary>
public sealed class PullRequestStep : IReleaseStep
{
    public string Name => StepNames.PullRequest;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => true;

    public string? WhyNotSkippable => "the tag goes on the merge of the release branch; merge it and resume";

    public StepResult Run(ReleaseContext context)
    {
        var journal = context.Journal;
        context.Repository.Fetch(journal.Remote, journal.Base);
        if (FindMerge(context) is { } merge)
        {
            journal.Facts.MergeCommit = merge;
            var pull = journal.Facts.PullRequest is { } number ? $"pull request #{number} " : string.Empty;
            return StepResult.Done($"{pull}merged into {context.RemoteBase} at {merge[..7]}");
        }

        if (context.Forge.Client is { } forge)
        {
            return new PullRequestWatcher(context, forge).Run();
        }

        return StepResult.Waiting($"open a pull request from {journal.Branch} into {journal.Base} and merge it, then run 'slipway resume'", Merge(journal));
    }

    /// <summary>What the step waits for: the release branch merged into the base.</summary>
    public static MergeWait Merge(ReleaseJournal journal) => new(journal.Remote, journal.Branch, journal.Base);

    public static string? FindMerge(ReleaseContext context)
    {
        var repository = context.Repository;
        var release = context.Journal.Facts.ReleaseCommit!;
        var baseCommit = context.Journal.Facts.BaseCommit!;
        if (repository.Resolve(context.RemoteBase) is not { } tip)
        {
            return null;
        }

        // The base's own line since the release started, oldest first.
        var line = repository.Commits(baseCommit, tip, firstParent: true);
        if (release == baseCommit || line.Contains(release))
        {
            return release; // nothing to merge, or a fast-forward
        }

        if (repository.IsAncestor(release, tip))
        {
            return line.First(commit => repository.IsAncestor(release, commit));
        }

        // A squash merge made a new commit: the first one whose tree holds the release.
        return line.FirstOrDefault(commit => TreeVerifier.Verify(context, commit).AllHoldExpected);
    }
}

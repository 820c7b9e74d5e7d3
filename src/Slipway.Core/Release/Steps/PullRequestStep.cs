namespace Slipway.Core.Release.Steps;

/// <summary>
/// Waits until the release is merged into the base branch on the remote, and finds the commit where it
/// landed: the merge commit, the release commit itself after a fast-forward, or, after a squash merge,
/// the first commit of the base whose tree holds the version in every reference. With a GitHub token
/// it opens the pull request itself and watches it (<see cref="PullRequestWatcher"/>); without one a
/// person opens and merges it.
/// </summary>
public sealed class PullRequestStep : IReleaseStep
{
    public string Name => StepNames.PullRequest;

    public StepResult Run(ReleaseContext context)
    {
        var journal = context.Journal;
        context.Writer.Fetch(journal.Remote, journal.Base);
        if (FindMerge(context) is { } merge)
        {
            journal.Facts[ReleaseFacts.MergeCommit] = merge;
            var pull = journal.Fact(ReleaseFacts.PullRequest) is { } number ? $"pull request #{number} " : string.Empty;
            return StepResult.Done($"{pull}merged into {context.RemoteBase} at {merge[..7]}");
        }

        if (context.GitHub.Client is { } client)
        {
            return new PullRequestWatcher(context, client).Run();
        }

        return StepResult.Waiting($"open a pull request from {journal.Branch} into {journal.Base} and merge it, then run 'slipway resume'");
    }

    public static string? FindMerge(ReleaseContext context)
    {
        var release = context.Journal.Fact(ReleaseFacts.ReleaseCommit)!;
        var baseCommit = context.Journal.Fact(ReleaseFacts.BaseCommit)!;
        if (context.Reader.Resolve(context.RemoteBase) is not { } tip)
        {
            return null;
        }

        // The base's own line since the release started, oldest first.
        var line = context.Reader.Commits($"{baseCommit}..{tip}", "--first-parent", "--reverse").ToList();
        if (release == baseCommit || line.Contains(release))
        {
            return release; // nothing to merge, or a fast-forward
        }

        if (context.Reader.IsAncestor(release, tip))
        {
            return line.First(commit => context.Reader.IsAncestor(release, commit));
        }

        // A squash merge made a new commit: the first one whose tree holds the release.
        return line.FirstOrDefault(commit => TreeVerifier.Verify(context, commit).AllHoldExpected);
    }
}

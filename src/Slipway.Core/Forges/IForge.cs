namespace Slipway.Core.Forges;

/// <summary>
/// What a release needs from a forge: its release pull (or merge) request, found or opened and
/// watched until it is merged or closed; the release of a tag, created or updated with the notes;
/// and who the authors are. GitHub implements it (Forges/GitHub); a forge with merge requests and
/// releases of its own (GitLab) fits the same shape, so the steps never name a forge.
/// </summary>
public interface IForge
{
    /// <summary>The forge's name for messages: "GitHub".</summary>
    string Name { get; }

    /// <summary>The repository, with its web addresses (pull requests, commits, comparisons).</summary>
    ForgeRepository Repository { get; }

    /// <summary>The requests from <paramref name="head"/> into <paramref name="into"/>, in any state, newest first.</summary>
    IReadOnlyList<ForgePullRequest> PullRequestsFrom(string head, string into);

    ForgePullRequest PullRequest(int number);

    ForgePullRequest OpenPullRequest(PullRequestDraft draft);

    /// <summary>Closes an open pull request without merging it (an abort of what Slipway opened).</summary>
    ForgePullRequest ClosePullRequest(int number);

    /// <summary>The release of a tag: the published one, else a draft left for it (by CI); null when there is none.</summary>
    ForgeRelease? ReleaseFor(string tag);

    ForgeRelease CreateRelease(ReleaseDraft draft);

    /// <summary>Updates a release in place with the draft, and publishes it when it was a draft.</summary>
    ForgeRelease UpdateRelease(ForgeRelease existing, ReleaseDraft draft);

    /// <summary>Authors' logins and first contributions, for the release notes.</summary>
    IContributorSource Contributors { get; }

    /// <summary>Merged pull requests' current titles, labels and authors, for the release notes.</summary>
    IMergedPullRequests MergedPullRequests { get; }
}

/// <summary>A pull (or merge) request: its number, web address, state and, once merged, where it landed.</summary>
public sealed record ForgePullRequest(int Number, string WebUrl, ForgeRequestState State, string? MergeCommit)
{
    public bool IsOpen => State == ForgeRequestState.Open;

    public bool IsMerged => State == ForgeRequestState.Merged;
}

public enum ForgeRequestState
{
    Open,
    Merged,
    Closed,
}

public sealed record PullRequestDraft(string Title, string Head, string Base, string Body);

/// <summary>What the release of a tag is to say.</summary>
public sealed record ReleaseDraft(string Tag, string Name, string Body, bool PreRelease);

/// <summary>A release on the forge.</summary>
public sealed record ForgeRelease(long Id, string Tag, string? WebUrl, bool Draft);

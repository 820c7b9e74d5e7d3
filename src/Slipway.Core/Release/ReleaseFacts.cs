namespace Slipway.Core.Release;

/// <summary>The keys of what steps record in the journal for later steps (and for a resume).</summary>
public static class ReleaseFacts
{
    /// <summary>The commit the release branch starts from.</summary>
    public const string BaseCommit = "base-commit";

    /// <summary>The release commit on the release branch.</summary>
    public const string ReleaseCommit = "release-commit";

    /// <summary>The commit of the base branch where the release merged (the one the tag points at).</summary>
    public const string MergeCommit = "merge-commit";

    /// <summary>The follow-up commit that restores pins after the tag.</summary>
    public const string PostCommit = "post-commit";

    /// <summary>The number of the release pull request Slipway opened or found on GitHub.</summary>
    public const string PullRequest = "pull-request";

    /// <summary>Its web address.</summary>
    public const string PullRequestUrl = "pull-request-url";

    /// <summary>The web address of the GitHub release the publish step made or updated.</summary>
    public const string ReleaseUrl = "release-url";
}

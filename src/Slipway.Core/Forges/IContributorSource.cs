namespace Slipway.Core.Forges;

/// <summary>
/// What only the forge knows about the authors of a release: who opened the pull request a change
/// came from, and whether someone had a pull request merged before. It speaks in commits, pull
/// requests and logins; the notes put the answers into their own model.
/// </summary>
public interface IContributorSource
{
    /// <summary>
    /// The author of a change as the forge knows it: of pull request <paramref name="pullRequest"/> when
    /// the change names one, else of the merged pull request that contains commit <paramref name="sha"/>;
    /// null when the forge does not know.
    /// </summary>
    ForgeAuthor? AuthorOf(string sha, int? pullRequest);

    /// <summary>
    /// Whether <paramref name="login"/> had a pull request merged into the repository before
    /// <paramref name="before"/>; true also when the forge cannot say for sure, so that nobody is
    /// mislabelled a new contributor.
    /// </summary>
    bool ContributedBefore(string login, DateTimeOffset before);
}

/// <summary>The author of a pull request on the forge: login, whether a bot, and the pull request's number.</summary>
public sealed record ForgeAuthor(string Login, bool IsBot, int PullRequest);

namespace Slipway.Core.Forges.GitHub;

/// <summary>
/// Authors' logins and first contributions from GitHub. A change that names its pull request
/// (a merge or a squash title) takes the login of the PR's author (GET /pulls/N); any other commit
/// asks which merged PR contains it (GET /commits/SHA/pulls). An author is new when GitHub's search
/// finds no PR of theirs merged into the repository before the previous release's commit (a search
/// that stays incomplete counts as found: nobody is called new on a partial answer). Every
/// answer is cached, so a PR, a commit or a login costs one request however often it appears.
/// </summary>
public sealed class GitHubContributors(GitHubClient client) : IContributorSource
{
    private readonly Dictionary<int, GitHubPullRequest?> _pullRequests = [];
    private readonly Dictionary<string, GitHubPullRequest?> _commits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _earlier = new(StringComparer.OrdinalIgnoreCase);

    public ForgeAuthor? AuthorOf(string sha, int? pullRequest)
    {
        var pull = pullRequest is { } number ? PullRequest(number) : OfCommit(sha);
        return pull?.User is { } user ? new ForgeAuthor(user.Login, user.IsBot, pull.Number) : null;
    }

    public bool ContributedBefore(string login, DateTimeOffset before)
    {
        if (!_earlier.TryGetValue(login, out var earlier))
        {
            // null: GitHub's search could not say. Better to leave someone out of New Contributors than to welcome a regular.
            _earlier[login] = earlier = client.MergedPullRequestsBefore(login, before) is not 0;
        }

        return earlier;
    }

    /// <summary>Takes a pull request GitHub listed elsewhere (the search for a release's pull requests) as the answer for its number.</summary>
    public void Remember(GitHubPullRequest pull) => _pullRequests[pull.Number] = pull;

    private GitHubPullRequest? PullRequest(int number)
    {
        if (!_pullRequests.TryGetValue(number, out var pull))
        {
            _pullRequests[number] = pull = client.FindPullRequest(number);
        }

        return pull;
    }

    private GitHubPullRequest? OfCommit(string sha)
    {
        if (!_commits.TryGetValue(sha, out var pull))
        {
            _commits[sha] = pull = client.PullRequestsOfCommit(sha).FirstOrDefault(p => p.IsMerged);
        }

        return pull;
    }
}

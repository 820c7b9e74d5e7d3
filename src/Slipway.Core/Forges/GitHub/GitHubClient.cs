using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Forges.GitHub;

/// <summary>The GitHub REST endpoints a release uses, for one repository.</summary>
public sealed class GitHubClient(GitHubHttp http, ForgeRepository repository)
{
    private string Repo => $"repos/{Uri.EscapeDataString(repository.Owner)}/{Uri.EscapeDataString(repository.Name)}";

    public ForgeRepository Repository => repository;

    /// <summary>Pull requests from <paramref name="branch"/> (of this repository, or "owner:branch" of a fork), open or closed, newest first, every page.</summary>
    public IReadOnlyList<GitHubPullRequest> PullRequestsFrom(string branch, string baseBranch) =>
        GitHubPages.All(http, $"{Repo}/pulls?head={Uri.EscapeDataString(branch.Contains(':', StringComparison.Ordinal) ? branch : repository.Owner + ":" + branch)}&base={Uri.EscapeDataString(baseBranch)}&state=all&per_page=100", GitHubJson.Default.ListGitHubPullRequest).ToList();

    public GitHubPullRequest PullRequest(int number) => Get($"{Repo}/pulls/{number}", GitHubJson.Default.GitHubPullRequest)!;

    /// <summary>A pull request a commit title names, or null when GitHub has none by that number (history imported from elsewhere).</summary>
    public GitHubPullRequest? FindPullRequest(int number) => Get($"{Repo}/pulls/{number}", GitHubJson.Default.GitHubPullRequest, notFoundIsNull: true);

    /// <summary>
    /// Opens a pull request, once: after a failed POST, the open pull request between the same branches
    /// is looked for, and taken when it is the one Slipway sent (title and body).
    /// </summary>
    public GitHubPullRequest CreatePullRequest(NewPullRequest pull) => GitHubCreation.Create(
        http,
        $"{Repo}/pulls",
        JsonSerializer.Serialize(pull, GitHubJson.Default.NewPullRequest),
        body => Parse(body, GitHubJson.Default.GitHubPullRequest, $"{Repo}/pulls"),
        () => PullRequestsFrom(pull.Head, pull.Base).FirstOrDefault(p => p.IsOpen),
        found => found.Title == pull.Title && GitHubCreation.SameText(found.Body, pull.Body),
        found => new SlipwayException(Errors.GitHubNotOurs, $"pull request #{found.Number} ({found.HtmlUrl}) from {pull.Head} into {pull.Base} was opened by someone else while Slipway was opening one",
            "look at it: 'slipway resume' takes it as the release's pull request, or close it and resume to open Slipway's own"));

    /// <summary>Closes a pull request (PATCH state=closed); closing one that is closed already changes nothing.</summary>
    public GitHubPullRequest ClosePullRequest(int number) =>
        Parse(http.Send(HttpMethod.Patch, $"{Repo}/pulls/{number}", JsonSerializer.Serialize(new PullRequestStateWrite("closed"), GitHubJson.Default.PullRequestStateWrite))!,
            GitHubJson.Default.GitHubPullRequest, $"{Repo}/pulls/{number}");

    /// <summary>The pull requests that contain a commit (GitHub's own association, also for squash and rebase merges), page by page as they are read.</summary>
    public IEnumerable<GitHubPullRequest> PullRequestsOfCommit(string sha) =>
        GitHubPages.All(http, $"{Repo}/commits/{sha}/pulls?per_page=100", GitHubJson.Default.ListGitHubPullRequest, notFoundIsEmpty: true);

    /// <summary>
    /// How many pull requests of <paramref name="login"/> were merged into this repository before
    /// <paramref name="before"/>, or null when GitHub cannot say: its search timed out
    /// (<c>incomplete_results</c>) and found none, on every try. A count above 0 is an answer even from
    /// an incomplete search.
    /// </summary>
    public int? MergedPullRequestsBefore(string login, DateTimeOffset before)
    {
        var query = $"repo:{repository.Owner}/{repository.Name} is:pr is:merged author:{login} merged:<{before.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}";
        for (var attempt = 1; ; attempt++)
        {
            var result = Get($"search/issues?q={Uri.EscapeDataString(query)}&per_page=1", GitHubJson.Default.GitHubSearchResult)!;
            if (result.TotalCount > 0 || !result.IncompleteResults)
            {
                return result.TotalCount;
            }

            if (attempt >= GitHubHttp.Attempts)
            {
                http.Trace($"the search for earlier pull requests of {login} stayed incomplete; not counted as a new contributor");
                return null;
            }

            http.Backoff(attempt);
        }
    }

    /// <summary>
    /// The pages of GitHub's search for the pull requests merged from <paramref name="since"/> to
    /// <paramref name="until"/> (both whole seconds, both included), 100 to a page, as its Link header
    /// leads. A page whose search timed out (<c>incomplete_results</c>) is asked again, up to
    /// <see cref="GitHubHttp.Attempts"/> times; after that it is given as it is, still marked incomplete.
    /// </summary>
    public IEnumerable<GitHubSearchResult> MergedPullRequestPages(DateTimeOffset since, DateTimeOffset until)
    {
        var query = $"repo:{repository.Owner}/{repository.Name} is:pr is:merged merged:{since.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}..{until.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}";
        var first = $"search/issues?q={Uri.EscapeDataString(query)}&sort=created&order=asc&per_page=100";
        for (var next = first; next is not null;)
        {
            for (var attempt = 1; ; attempt++)
            {
                var answer = http.Exchange(HttpMethod.Get, next)!;
                var page = Parse(answer.Body, GitHubJson.Default.GitHubSearchResult, next);
                if (!page.IncompleteResults || attempt >= GitHubHttp.Attempts)
                {
                    yield return page;
                    next = answer.NextPage is { } link ? GitHubPages.UnderApi(link, http.ApiBase, first) : null;
                    break;
                }

                http.Backoff(attempt);
            }
        }
    }

    /// <summary>The published release of a tag, or null (GitHub does not find drafts by tag).</summary>
    public GitHubRelease? ReleaseByTag(string tag) =>
        Get($"{Repo}/releases/tags/{Uri.EscapeDataString(tag)}", GitHubJson.Default.GitHubRelease, notFoundIsNull: true);

    /// <summary>
    /// The draft release of a tag, or null. The lookup by tag skips drafts, yet CI often makes one for a
    /// person to finish; drafts are listed (to users with push access) among the releases, on any page.
    /// </summary>
    public GitHubRelease? DraftRelease(string tag) =>
        GitHubPages.All(http, $"{Repo}/releases?per_page=100", GitHubJson.Default.ListGitHubRelease)
            .FirstOrDefault(r => r.Draft && string.Equals(r.TagName, tag, StringComparison.Ordinal));

    /// <summary>The release of a tag as publishing finds it: the published one, else a draft for the tag.</summary>
    public GitHubRelease? ReleaseOf(string tag) => ReleaseByTag(tag) ?? DraftRelease(tag);

    /// <summary>
    /// Creates a release, once: after a failed POST (or GitHub saying the tag has one), the release of
    /// the tag is looked for, and taken when it is the one Slipway sent.
    /// </summary>
    public GitHubRelease CreateRelease(ReleaseWrite release) => GitHubCreation.Create(
        http,
        $"{Repo}/releases",
        JsonSerializer.Serialize(release, GitHubJson.Default.ReleaseWrite),
        body => Parse(body, GitHubJson.Default.GitHubRelease, $"{Repo}/releases"),
        () => ReleaseOf(release.TagName),
        found => found.Name == release.Name && found.Draft == release.Draft && found.Prerelease == release.Prerelease && GitHubCreation.SameText(found.Body, release.Body),
        found => new SlipwayException(Errors.GitHubNotOurs, $"the GitHub release of {release.TagName} ({found.HtmlUrl}) was made by someone else while Slipway was making it",
            "run the command again to update that release in place with the notes ('slipway resume' in a release, or 'slipway publish')"));

    public GitHubRelease UpdateRelease(long id, ReleaseWrite release) =>
        Parse(http.Send(HttpMethod.Patch, $"{Repo}/releases/{id}", JsonSerializer.Serialize(release, GitHubJson.Default.ReleaseWrite))!, GitHubJson.Default.GitHubRelease, $"{Repo}/releases/{id}");

    internal static T Parse<T>(string body, JsonTypeInfo<T> type, string path) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new SlipwayException(Errors.GitHubFailed, $"/{path.Split('?')[0]}: GitHub's answer is not what Slipway expects ({e.Message})",
                "if forge.api points at a proxy, check that it passes GitHub's answers through unchanged");
        }
    }

    private T? Get<T>(string path, JsonTypeInfo<T> type, bool notFoundIsNull = false) where T : class =>
        http.Send(HttpMethod.Get, path, notFoundIsNull: notFoundIsNull) is { } body ? Parse(body, type, path) : null;
}

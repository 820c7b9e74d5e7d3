using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Slipway.Core.Forges.GitHub;

/// <summary>The GitHub REST endpoints a release uses, for one repository.</summary>
public sealed class GitHubClient(GitHubHttp http, ForgeRepository repository)
{
    private string Repo => $"repos/{Uri.EscapeDataString(repository.Owner)}/{Uri.EscapeDataString(repository.Name)}";

    public ForgeRepository Repository => repository;

    /// <summary>Pull requests from <paramref name="branch"/> of this repository, open or closed, newest first.</summary>
    public IReadOnlyList<GitHubPullRequest> PullRequestsFrom(string branch, string baseBranch) =>
        Get($"{Repo}/pulls?head={Uri.EscapeDataString(repository.Owner + ":" + branch)}&base={Uri.EscapeDataString(baseBranch)}&state=all&per_page=100", GitHubJson.Default.ListGitHubPullRequest)!;

    public GitHubPullRequest PullRequest(int number) => Get($"{Repo}/pulls/{number}", GitHubJson.Default.GitHubPullRequest)!;

    /// <summary>A pull request a commit title names, or null when GitHub has none by that number (history imported from elsewhere).</summary>
    public GitHubPullRequest? FindPullRequest(int number) => Get($"{Repo}/pulls/{number}", GitHubJson.Default.GitHubPullRequest, notFoundIsNull: true);

    public GitHubPullRequest CreatePullRequest(NewPullRequest pull) =>
        Send(HttpMethod.Post, $"{Repo}/pulls", JsonSerializer.Serialize(pull, GitHubJson.Default.NewPullRequest), GitHubJson.Default.GitHubPullRequest);

    /// <summary>The pull requests that contain a commit (GitHub's own association, also for squash and rebase merges).</summary>
    public IReadOnlyList<GitHubPullRequest> PullRequestsOfCommit(string sha) =>
        Get($"{Repo}/commits/{sha}/pulls", GitHubJson.Default.ListGitHubPullRequest, notFoundIsNull: true) ?? [];

    /// <summary>How many pull requests of <paramref name="login"/> were merged into this repository before <paramref name="before"/>.</summary>
    public int MergedPullRequestsBefore(string login, DateTimeOffset before)
    {
        var query = $"repo:{repository.Owner}/{repository.Name} is:pr is:merged author:{login} merged:<{before.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}";
        return Get($"search/issues?q={Uri.EscapeDataString(query)}&per_page=1", GitHubJson.Default.GitHubSearchResult)!.TotalCount;
    }

    /// <summary>The published release of a tag, or null (GitHub does not find drafts by tag).</summary>
    public GitHubRelease? ReleaseByTag(string tag) =>
        Get($"{Repo}/releases/tags/{Uri.EscapeDataString(tag)}", GitHubJson.Default.GitHubRelease, notFoundIsNull: true);

    /// <summary>
    /// The draft release of a tag, or null. The lookup by tag skips drafts, yet CI often makes one for a
    /// person to finish; drafts are listed (to users with push access) among the newest releases.
    /// </summary>
    public GitHubRelease? DraftRelease(string tag) =>
        Get($"{Repo}/releases?per_page=100", GitHubJson.Default.ListGitHubRelease)!.FirstOrDefault(r => r.Draft && string.Equals(r.TagName, tag, StringComparison.Ordinal));

    public GitHubRelease CreateRelease(ReleaseWrite release) =>
        Send(HttpMethod.Post, $"{Repo}/releases", JsonSerializer.Serialize(release, GitHubJson.Default.ReleaseWrite), GitHubJson.Default.GitHubRelease);

    public GitHubRelease UpdateRelease(long id, ReleaseWrite release) =>
        Send(HttpMethod.Patch, $"{Repo}/releases/{id}", JsonSerializer.Serialize(release, GitHubJson.Default.ReleaseWrite), GitHubJson.Default.GitHubRelease);

    private T? Get<T>(string path, JsonTypeInfo<T> type, bool notFoundIsNull = false) where T : class =>
        http.Send(HttpMethod.Get, path, notFoundIsNull: notFoundIsNull) is { } body ? Parse(body, type, path) : null;

    private T Send<T>(HttpMethod method, string path, string json, JsonTypeInfo<T> type) where T : class =>
        Parse(http.Send(method, path, json)!, type, path);

    private static T Parse<T>(string body, JsonTypeInfo<T> type, string path) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new Diagnostics.SlipwayException(Diagnostics.Errors.GitHubFailed, $"/{path.Split('?')[0]}: GitHub's answer is not what Slipway expects ({e.Message})",
                "if forge.api points at a proxy, check that it passes GitHub's answers through unchanged");
        }
    }
}

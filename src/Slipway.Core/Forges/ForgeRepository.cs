using System.Text.RegularExpressions;

namespace Slipway.Core.Forges;

/// <summary>The forge repository that links point at: its web address, owner and name, and how its forge spells its pages.</summary>
public sealed partial record ForgeRepository(string WebUrl, string Owner, string Name)
{
    /// <summary>The forge's spelling of pull request, commit and comparison pages (GitHub's unless the forge says otherwise).</summary>
    public ForgeLinks Links { get; init; } = ForgeLinks.Default;

    public string Url => $"{WebUrl}/{Owner}/{Name}";

    public string PullRequestUrl(int number) => $"{Url}/{Links.PullRequest.Replace("{number}", number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)}";

    public string CommitUrl(string sha) => $"{Url}/{Links.Commit.Replace("{sha}", sha, StringComparison.Ordinal)}";

    public string CompareUrl(string from, string to) => $"{Url}/{Links.Compare.Replace("{from}", from, StringComparison.Ordinal).Replace("{to}", to, StringComparison.Ordinal)}";

    /// <summary>The commits of a first release, which has nothing to compare with.</summary>
    public string CommitsUrl(string to) => $"{Url}/{Links.Commits.Replace("{to}", to, StringComparison.Ordinal)}";

    /// <summary>Reads https (<c>https://github.com/o/r.git</c>), scp-like ssh (<c>git@github.com:o/r.git</c>) and ssh:// remote URLs.</summary>
    public static ForgeRepository? FromRemoteUrl(string url, string? webUrl = null)
    {
        var match = RemoteUrl().Match(url.Trim());
        if (!match.Success)
        {
            return null;
        }

        var host = match.Groups["host"].Value;
        return new ForgeRepository((webUrl ?? "https://" + host).TrimEnd('/'), match.Groups["owner"].Value, match.Groups["name"].Value);
    }

    public static ForgeRepository? FromSetting(string repository, string? webUrl)
    {
        var parts = repository.Split('/');
        return parts.Length == 2 && parts.All(p => p.Length > 0)
            ? new ForgeRepository((webUrl ?? "https://github.com").TrimEnd('/'), parts[0], parts[1])
            : null;
    }

    [GeneratedRegex(@"^(?:(?:https?|ssh|git)://(?:[^@/]+@)?(?<host>[^/:]+)(?::\d+)?/|[^@/]+@(?<host>[^:/]+):)(?<owner>[^/]+)/(?<name>[^/]+?)(?:\.git)?/?$")]
    private static partial Regex RemoteUrl();
}

/// <summary>
/// How a forge spells the pages of a repository, after the repository's address: GitHub's
/// <c>pull/{number}</c>, <c>commit/{sha}</c>, <c>compare/{from}...{to}</c>, <c>commits/{to}</c>;
/// GitLab's would be <c>-/merge_requests/{number}</c> and so on.
/// </summary>
public sealed record ForgeLinks(string PullRequest, string Commit, string Compare, string Commits)
{
    /// <summary>GitHub's spelling: what links use until a forge says otherwise.</summary>
    public static ForgeLinks Default { get; } = new("pull/{number}", "commit/{sha}", "compare/{from}...{to}", "commits/{to}");
}

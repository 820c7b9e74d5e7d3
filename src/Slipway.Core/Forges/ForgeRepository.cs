using System.Text.RegularExpressions;

namespace Slipway.Core.Forges;

/// <summary>The forge repository that links point at: its web address, owner and name.</summary>
public sealed partial record ForgeRepository(string WebUrl, string Owner, string Name)
{
    public string Url => $"{WebUrl}/{Owner}/{Name}";

    public string PullRequestUrl(int number) => $"{Url}/pull/{number}";

    public string CommitUrl(string sha) => $"{Url}/commit/{sha}";

    public string CompareUrl(string from, string to) => $"{Url}/compare/{from}...{to}";

    /// <summary>The commits of a first release, which has nothing to compare with.</summary>
    public string CommitsUrl(string to) => $"{Url}/commits/{to}";

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

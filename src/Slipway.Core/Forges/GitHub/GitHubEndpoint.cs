using Slipway.Core.Configuration;
using Slipway.Core.Hosting;

namespace Slipway.Core.Forges.GitHub;

/// <summary>Where the REST API of the repository's GitHub is: github.com's, or a GitHub Enterprise server's.</summary>
public static class GitHubEndpoint
{
    public const string DefaultApi = "https://api.github.com";

    /// <summary>The variable that overrides every setting (a proxy, or a test's fake server).</summary>
    public const string ApiVariable = "SLIPWAY_GITHUB_API";

    /// <summary>SLIPWAY_GITHUB_API, else forge.api, else <c>&lt;forge.url&gt;/api/v3</c> for a server other than github.com, else api.github.com.</summary>
    public static Uri ApiBase(ForgeSettings settings, RunHost host)
    {
        var chosen = host.Variable(ApiVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : settings.Api is { } configured ? configured
            : settings.Url is { } web && !IsGitHubDotCom(web) ? web.TrimEnd('/') + "/api/v3"
            : DefaultApi;
        return Uri.TryCreate(chosen.TrimEnd('/') + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new Diagnostics.SlipwayException(Diagnostics.Errors.Usage, $"the GitHub API address '{chosen}' is not an http(s) URL", $"set forge.api, or {ApiVariable}, to e.g. https://github.example.com/api/v3");
    }

    private static bool IsGitHubDotCom(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host is "github.com" or "www.github.com";
}

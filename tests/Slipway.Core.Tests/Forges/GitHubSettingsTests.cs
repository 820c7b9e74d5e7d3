using System.Net;
using Slipway.Core.Configuration;
using Slipway.Core.Forges.GitHub;
using Slipway.Core.Hosting;
using Slipway.Core.Registries;

namespace Slipway.Core.Tests.Forges;

/// <summary>Where the API is, where the token comes from, and how rate-limit answers are read.</summary>
public sealed class GitHubSettingsTests
{
    private static RunHost Host(Dictionary<string, string> variables) =>
        new(name => variables.GetValueOrDefault(name), () => DateTimeOffset.UnixEpoch, _ => { });

    [Theory]
    [InlineData(null, null, null, "https://api.github.com/")]
    [InlineData("https://github.com", null, null, "https://api.github.com/")]
    [InlineData("https://github.example.com/", null, null, "https://github.example.com/api/v3/")]
    [InlineData("https://github.example.com", "https://api.example.com/github", null, "https://api.example.com/github/")]
    [InlineData("https://github.example.com", "https://api.example.com/github", "http://127.0.0.1:9/api/v3", "http://127.0.0.1:9/api/v3/")]
    public void The_api_address_is_the_variable_else_forge_api_else_derived_from_forge_url(string? url, string? api, string? variable, string expected)
    {
        var variables = variable is null ? [] : new Dictionary<string, string> { [GitHubEndpoint.ApiVariable] = variable };
        GitHubEndpoint.ApiBase(new ForgeSettings { Url = url, Api = api }, Host(variables)).ToString().ShouldBe(expected);
    }

    [Fact]
    public void The_token_comes_from_GITHUB_TOKEN_then_GH_TOKEN_then_gh_and_never_shows_itself()
    {
        using var bin = new TempDirectory();
        var gh = Path.Combine(bin.Path, "gh");
        File.WriteAllText(gh, "#!/bin/sh\n[ \"$1 $2\" = 'auth token' ] && echo gho_fromgh\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(gh, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var first = GitHubToken.Find(Host(new() { ["GITHUB_TOKEN"] = "ghp_one", ["GH_TOKEN"] = "ghp_two", ["PATH"] = bin.Path }))!;
        (first.Source, first.ToString(), first.Redact("a ghp_one b")).ShouldBe(("GITHUB_TOKEN", "***", "a *** b"));
        GitHubToken.Find(Host(new() { ["GH_TOKEN"] = "ghp_two", ["PATH"] = bin.Path }))!.Source.ShouldBe("GH_TOKEN");
        var fromGh = GitHubToken.Find(Host(new() { ["PATH"] = bin.Path }))!;
        (fromGh.Source, fromGh.Redact("gho_fromgh")).ShouldBe(("gh auth token", "***"));
        GitHubToken.Find(Host(new() { ["PATH"] = Path.Combine(bin.Path, "none") })).ShouldBeNull();
    }

    [Fact]
    public void Rate_limit_answers_say_how_long_to_wait()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_000_000);
        using var primary = new HttpResponseMessage(HttpStatusCode.Forbidden);
        primary.Headers.Add("X-RateLimit-Remaining", "0");
        primary.Headers.Add("X-RateLimit-Reset", "1000010");
        RateLimit.WaitFor(primary.StatusCode, primary.Headers, string.Empty, now).ShouldBe(new RateLimitWait(TimeSpan.FromSeconds(10.25), now.AddSeconds(10), Secondary: false));

        using var secondary = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        secondary.Headers.Add("Retry-After", "7");
        RateLimit.WaitFor(secondary.StatusCode, secondary.Headers, string.Empty, now)!.Wait.ShouldBe(TimeSpan.FromSeconds(7));

        // GitHub's secondary limit without a header: at least a minute, doubling on each repeat.
        using var bare = new HttpResponseMessage(HttpStatusCode.Forbidden);
        const string Said = """{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"}""";
        Enumerable.Range(0, 3).Select(repeat => RateLimit.WaitFor(bare.StatusCode, bare.Headers, Said, now, repeat)!.Wait.TotalSeconds).ShouldBe([60, 120, 240]);
        RateLimit.WaitFor(HttpStatusCode.TooManyRequests, bare.Headers, "{}", now)!.Secondary.ShouldBeTrue();

        using var forbidden = new HttpResponseMessage(HttpStatusCode.Forbidden);
        forbidden.Headers.Add("X-RateLimit-Remaining", "4999");
        RateLimit.WaitFor(forbidden.StatusCode, forbidden.Headers, """{"message":"Resource not accessible by personal access token"}""", now).ShouldBeNull(); // a permission, not a limit
    }
}

using System.Globalization;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>What Slipway does when GitHub refuses, limits or fails, and that the token never shows.</summary>
public sealed class GitHubFailureTests
{
    private const string ReleaseByTag = "/repos/kubeopencode/kubeopencode/releases/tags/v0.1.0";

    [Fact]
    public void An_exhausted_rate_limit_is_waited_out_until_its_reset()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment());
        var reset = DateTimeOffset.UtcNow.AddSeconds(2).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        github.Answer(403, FakeGitHub.ErrorBody("API rate limit exceeded for user ID 7."), new() { ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset"] = reset }, matches: r => r.Path == ReleaseByTag);

        Tool.Run(repo.Path, host, "publish", "--version", "0.1.0").ShouldSucceed().Out.ShouldContain("Created the GitHub release v0.1.0");
        host.Sleeps.ShouldHaveSingleItem().TotalSeconds.ShouldBeInRange(0.5, 3.5);
        github.Requests.Count(r => r.Path == ReleaseByTag).ShouldBe(2);
    }

    [Fact]
    public void A_secondary_limit_is_waited_for_as_long_as_retry_after_says()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment());
        github.Answer(429, FakeGitHub.ErrorBody("You have exceeded a secondary rate limit."), new() { ["Retry-After"] = "3" }, matches: r => r.Path == ReleaseByTag);

        Tool.Run(repo.Path, host, "publish", "--version", "0.1.0").ShouldSucceed();
        host.Sleeps.ShouldBe([TimeSpan.FromSeconds(3)]);
    }

    [Fact]
    public void A_limit_that_resets_beyond_the_cap_fails_and_says_when_it_resets()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        var resetsAt = DateTimeOffset.UtcNow.AddHours(1);
        github.Answer(403, FakeGitHub.ErrorBody("API rate limit exceeded"), new() { ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset"] = resetsAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) }, matches: r => r.Path == ReleaseByTag);

        var failed = Tool.Run(repo.Path, new TestHost(github.Environment()), "publish", "--version", "0.1.0").ShouldExit(4);
        failed.Error.ShouldContain($"GET {ReleaseByTag}: the GitHub rate limit is exhausted until {resetsAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");
        failed.Error.ShouldContain("[SW407]");
    }

    [Fact]
    public void Server_errors_are_tried_three_times_with_a_growing_pause_then_name_the_endpoint_and_status()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment());
        github.Answer(500, FakeGitHub.ErrorBody("Server Error"), times: 3, matches: r => r.Path == ReleaseByTag);

        var failed = Tool.Run(repo.Path, host, "publish", "--version", "0.1.0").ShouldExit(4);
        failed.Error.ShouldContain($"slipway: error: GET {ReleaseByTag} answered 500 Internal Server Error: Server Error [SW405]");
        github.Requests.Count(r => r.Path == ReleaseByTag).ShouldBe(3);
        host.Sleeps.ShouldBe([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)]);
    }

    [Fact]
    public void A_rejected_token_is_a_clear_error_and_the_token_is_never_shown_even_when_echoed()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        foreach (var extra in new[] { "--no-color", "--json", "--verbose" })
        {
            github.Answer(401, FakeGitHub.ErrorBody($"Bad credentials: token {FakeGitHub.Token} is revoked"));
            var failed = Tool.Run(repo.Path, new TestHost(github.Environment()), "publish", "--version", "0.1.0", extra).ShouldExit(4);
            failed.Error.ShouldContain("SW406");
            failed.Error.ShouldContain("GitHub rejected the token from GITHUB_TOKEN");
            failed.Error.ShouldContain("token *** is revoked");
            failed.Error.ShouldContain("set GITHUB_TOKEN");
            failed.ToString().ShouldNotContain(FakeGitHub.Token);
        }
    }

    [Fact]
    public void Refusals_show_githubs_errors_and_a_missing_repository_hints_at_the_token_scope()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        github.Answer(422, FakeGitHub.ErrorBody("Validation Failed", new() { new System.Text.Json.Nodes.JsonObject { ["resource"] = "Release", ["field"] = "tag_name", ["code"] = "invalid" } }), matches: r => r.Method == "POST");
        var invalid = Tool.Run(repo.Path, new TestHost(github.Environment()), "publish", "--version", "0.1.0").ShouldExit(4);
        invalid.Error.ShouldContain("POST /repos/kubeopencode/kubeopencode/releases answered 422 Unprocessable Entity: Validation Failed [SW409]");
        invalid.Error.ShouldContain("  Release.tag_name: invalid");

        repo.Write("slipway.yaml", repo.Read("slipway.yaml").Replace("kubeopencode/kubeopencode", "kubeopencode/missing", StringComparison.Ordinal));
        var missing = Tool.Run(repo.Path, new TestHost(github.Environment()), "publish", "--version", "0.1.0").ShouldExit(4);
        missing.Error.ShouldContain("GET /repos/kubeopencode/missing/releases answered 404 Not Found: Not Found [SW408]");
        missing.Error.ShouldContain("hint: check forge.repository (owner/name) and that the token can see the repository");
    }

    [Fact]
    public void A_failing_release_step_keeps_the_echoed_token_out_of_output_and_journal()
    {
        using var repo = GitHubReleaseTests.GitHubRepository("forge:\n  repository: kubeopencode/kubeopencode\n");
        using var origin = RemoteRepository.For(repo);
        using var github = new FakeGitHub();
        github.Answer(500, FakeGitHub.ErrorBody($"upstream said Authorization: Bearer {FakeGitHub.Token}"), times: 3, matches: r => r.Method == "POST");

        var failed = Tool.Run(repo.Path, new TestHost(github.Environment()), "release", "0.2.0", "--yes", "--verbose").ShouldExit(4);
        failed.Error.ShouldContain("POST /repos/kubeopencode/kubeopencode/pulls answered 500 Internal Server Error: upstream said Authorization: Bearer ***");
        failed.ToString().ShouldNotContain(FakeGitHub.Token);
        var json = Tool.Run(repo.Path, new TestHost(github.Environment()), "status", "--json").ShouldSucceed();
        json.ToString().ShouldContain("Bearer ***");
        json.ToString().ShouldNotContain(FakeGitHub.Token);
        File.ReadAllText(repo.File(".git/slipway/releases/v0.2.0.json")).ShouldNotContain(FakeGitHub.Token);
        github.Requests.Where(r => r.Method == "POST").ShouldAllBe(r => r.Headers["Authorization"] == "Bearer " + FakeGitHub.Token);
    }

    [Fact]
    public void The_real_tool_reads_the_token_and_api_from_its_environment_and_waits_for_a_reset()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        var reset = DateTimeOffset.UtcNow.AddSeconds(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        github.Answer(403, FakeGitHub.ErrorBody("API rate limit exceeded"), new() { ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset"] = reset }, matches: r => r.Path == ReleaseByTag);

        var published = Tool.RunProcess(repo.Path, ["publish", "--tag", "v0.1.0", "--json", "--verbose"], github.Environment()).ShouldSucceed();
        published.Out.ShouldContain("\"action\":\"created\"");
        published.Error.ShouldContain("github: rate limited; waiting");
        published.ToString().ShouldNotContain(FakeGitHub.Token);
        github.Requests.Count(r => r.Path == ReleaseByTag).ShouldBe(2);
        Tool.Run(repo.Path, new TestHost(github.Environment()), "publish", "--tag", "v9.9.9").ShouldExit(2).Error.ShouldContain("the tag v9.9.9 does not exist");
    }
}

using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// GitHub's secondary rate limits are waited out as GitHub asks (a minute, doubling), apart from the
/// tries for server errors; and a search that timed out never makes someone a New Contributor.
/// </summary>
public sealed class GitHubLimitsTests
{
    private const string ReleaseByTag = "/repos/kubeopencode/kubeopencode/releases/tags/v0.1.0";
    private static readonly string Secondary = FakeGitHub.ErrorBody("You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 1234:5678.");

    [Fact]
    public void A_secondary_limit_without_retry_after_waits_a_minute_then_twice_as_long()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment());
        github.Answer(403, Secondary, times: 2, matches: r => r.Path == ReleaseByTag);

        Tool.Run(repo.Path, host, "publish", "--version", "0.1.0").ShouldSucceed().Out.ShouldContain("Created the GitHub release v0.1.0");
        host.Sleeps.ShouldBe([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2)]);
        github.Requests.Count(r => r.Path == ReleaseByTag).ShouldBe(3);
    }

    [Fact]
    public void A_secondary_limit_that_holds_fails_with_the_rate_limit_code_and_no_permission_hint()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment());
        github.Answer(403, Secondary, times: 10, matches: r => r.Path == ReleaseByTag);

        var failed = Tool.Run(repo.Path, host, "publish", "--version", "0.1.0").ShouldExit(4);
        failed.Error.ShouldContain($"GET {ReleaseByTag}: GitHub's rate limit held through 3 wait(s), 7 minutes in all [SW407]");
        failed.Error.ShouldNotContain("lacks a permission");
        host.Sleeps.ShouldBe([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4)]); // the next, 8 minutes, is past the 5-minute cap
    }

    [Fact]
    public void Rate_limit_waits_do_not_use_up_the_tries_for_server_errors()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment());
        github.Answer(500, FakeGitHub.ErrorBody("Server Error"), matches: r => r.Path == ReleaseByTag);
        github.Answer(403, Secondary, matches: r => r.Path == ReleaseByTag);
        github.Answer(429, FakeGitHub.ErrorBody("Too many requests"), new() { ["Retry-After"] = "5" }, matches: r => r.Path == ReleaseByTag);
        github.Answer(502, FakeGitHub.ErrorBody("Bad Gateway"), matches: r => r.Path == ReleaseByTag);

        Tool.Run(repo.Path, host, "publish", "--version", "0.1.0").ShouldSucceed();
        host.Sleeps.ShouldBe([TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2)]);
        github.Requests.Count(r => r.Path == ReleaseByTag).ShouldBe(5);
    }

    [Fact]
    public void A_post_refused_by_a_secondary_limit_is_sent_again_after_the_wait_and_makes_one_release()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment());
        github.Answer(403, Secondary, matches: r => r.Method == "POST");

        Tool.Run(repo.Path, host, "publish", "--version", "0.1.0").ShouldSucceed().Out.ShouldContain("Created the GitHub release v0.1.0");
        github.Requests.Count(r => r.Method == "POST").ShouldBe(2);
        github.Releases.ShouldHaveSingleItem();
        host.Sleeps.ShouldBe([TimeSpan.FromMinutes(1)]);
    }

    [Theory]
    [InlineData(1, true)] // timed out once: tried again, and the complete answer counts
    [InlineData(3, false)] // timed out on every try: left out, never mislabelled
    public void A_search_that_timed_out_never_makes_someone_a_new_contributor(int incomplete, bool welcomed)
    {
        using var repo = TestRepository.Create();
        repo.Write("Makefile", "VERSION ?= 0.1.0\n");
        repo.Write("slipway.yaml", "versions:\n  - file: Makefile\n    make: VERSION\nforge:\n  repository: bpfman/bpfman\nnotes:\n  style: whats-changed\n");
        repo.Commit("initial import");
        repo.Git("tag", "-a", "v0.1.0", "-m", "Release v0.1.0");
        using var github = new FakeGitHub("bpfman", "bpfman");
        var bob = github.AddPullRequest("errors", "fix: handle errors", "bob-gh");
        repo.Git("-c", "user.name=Bob", "-c", "user.email=bob@example.com", "commit", "-q", "--allow-empty", "-m", $"fix: handle errors (#{bob.Number})");
        // The search for bob's earlier pull requests, not the one for the release's own (their titles).
        static bool Earlier(RecordedRequest r) => r.Path == "/search/issues" && Uri.UnescapeDataString(r.Query).Contains("author:", StringComparison.Ordinal);
        github.Answer(200, """{"total_count":0,"incomplete_results":true,"search_type":"lexical","items":[]}""", times: incomplete, matches: Earlier);
        var host = new TestHost(github.Environment());

        var notes = Tool.Run(repo.Path, host, "notes", "--version", "0.2.0").ShouldSucceed().Out;
        notes.ShouldContain($"* fix: handle errors by @bob-gh in https://github.com/bpfman/bpfman/pull/{bob.Number}");
        notes.Contains("@bob-gh made their first contribution", StringComparison.Ordinal).ShouldBe(welcomed);
        github.Requests.Count(Earlier).ShouldBe(welcomed ? 2 : 3);
        host.Sleeps.ShouldBe(welcomed ? [TimeSpan.FromSeconds(1)] : [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)]);
    }
}

using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// Never a second release or pull request: a draft is found on any page of the list, a POST whose
/// answer was lost is not sent again blindly, and the dry run finds what the real run finds.
/// </summary>
public sealed class GitHubOnceOnlyTests
{
    private const string Releases = "/repos/kubeopencode/kubeopencode/releases";
    private const string Pulls = "/repos/kubeopencode/kubeopencode/pulls";
    private const string Forge = "forge:\n  repository: kubeopencode/kubeopencode\npull-request:\n  title: 'Release {tag}'\n  wait: 0s\n";

    [Fact]
    public void A_draft_behind_150_newer_releases_is_found_on_the_second_page_and_finished()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        var draft = github.AddRelease("v0.1.0", draft: true, body: "TODO: notes");
        for (var i = 0; i < 150; i++)
        {
            github.AddRelease($"nightly-{i}");
        }

        var host = new TestHost(github.Environment());
        var dryRun = Tool.Run(repo.Path, host, "publish", "--version", "0.1.0", "--dry-run").ShouldSucceed();
        dryRun.Out.ShouldStartWith("Would update the GitHub release v0.1.0"); // the dry run looks where the real run looks
        var json = Tool.Run(repo.Path, host, "publish", "--version", "0.1.0", "--dry-run", "--json").ShouldSucceed();
        json.Out.ShouldContain($"\"id\":{draft.Id}");

        Tool.Run(repo.Path, host, "publish", "--version", "0.1.0").ShouldSucceed().Out.ShouldContain("Updated the GitHub release v0.1.0");
        github.Requests.ShouldContain(r => r.Path == Releases && r.Query == "?per_page=100&page=2");
        github.Requests.ShouldNotContain(r => r.Method == "POST");
        github.Requests.Where(r => r.Method == "PATCH").ShouldHaveSingleItem().Path.ShouldBe($"{Releases}/{draft.Id}");
        github.Releases.Where(r => r.TagName == "v0.1.0").ShouldHaveSingleItem().Draft.ShouldBeFalse();
    }

    [Fact]
    public void A_release_github_made_before_answering_502_is_taken_and_not_made_again()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment());
        github.Answer(502, FakeGitHub.ErrorBody("Server Error"), matches: r => r.Method == "POST", performed: true);

        var published = Tool.Run(repo.Path, host, "publish", "--version", "0.1.0", "--verbose").ShouldSucceed();
        published.Out.ShouldContain("Created the GitHub release v0.1.0");
        published.Error.ShouldContain($"github: POST {Releases} failed, yet it was made; it is what Slipway sent");
        github.Requests.Count(r => r.Method == "POST").ShouldBe(1);
        github.Releases.ShouldHaveSingleItem().Body!.ShouldContain("## Installation");
        host.Sleeps.ShouldBe([TimeSpan.FromSeconds(1)]); // a pause for GitHub's list to show it, then the lookup
    }

    [Fact]
    public void A_release_post_that_failed_without_effect_is_sent_again_once()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        github.Answer(503, FakeGitHub.ErrorBody("Service Unavailable"), matches: r => r.Method == "POST");

        Tool.Run(repo.Path, new TestHost(github.Environment()), "publish", "--version", "0.1.0").ShouldSucceed().Out.ShouldContain("Created the GitHub release v0.1.0");
        github.Requests.Count(r => r.Method == "POST").ShouldBe(2);
        github.Releases.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_release_someone_else_made_meanwhile_is_a_clear_error_and_left_as_it_is()
    {
        using var repo = GitHubReleaseTests.Tagged();
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment());
        github.Answer(502, FakeGitHub.ErrorBody("Server Error"), matches: r => r.Method == "POST");
        host.OnSleep = _ => github.AddRelease("v0.1.0", body: "made by CI");

        var failed = Tool.Run(repo.Path, host, "publish", "--version", "0.1.0").ShouldExit(4);
        failed.Error.ShouldContain($"the GitHub release of v0.1.0 ({github.Web}/kubeopencode/kubeopencode/releases/tag/v0.1.0) was made by someone else while Slipway was making it [SW411]");
        failed.Error.ShouldContain("hint: run the command again to update that release in place");
        github.Releases.ShouldHaveSingleItem().Body.ShouldBe("made by CI");
        github.Requests.ShouldNotContain(r => r.Method == "PATCH");
    }

    [Fact]
    public void A_pull_request_github_opened_before_answering_502_is_taken_and_not_opened_again()
    {
        using var repo = GitHubReleaseTests.GitHubRepository(Forge);
        using var origin = RemoteRepository.For(repo);
        using var github = new FakeGitHub();
        github.Answer(502, FakeGitHub.ErrorBody("Server Error"), matches: r => r.Method == "POST" && r.Path == Pulls, performed: true);

        Tool.Run(repo.Path, new TestHost(github.Environment()), "release", "0.2.0", "--yes").ShouldSucceed().Out.ShouldContain("opened pull request #101");
        github.Requests.Count(r => r.Method == "POST").ShouldBe(1);
        github.PullRequests.ShouldHaveSingleItem().Title.ShouldBe("Release v0.2.0");
    }

    [Fact]
    public void A_pull_request_someone_opened_meanwhile_stops_the_step_and_resume_takes_it()
    {
        using var repo = GitHubReleaseTests.GitHubRepository(Forge);
        using var origin = RemoteRepository.For(repo);
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment());
        github.Answer(500, FakeGitHub.ErrorBody("Server Error"), matches: r => r.Method == "POST" && r.Path == Pulls);
        host.OnSleep = _ =>
        {
            if (github.PullRequests.Count == 0)
            {
                github.AddPullRequest("release/v0.2.0", "my own release PR", "maintainer");
            }
        };

        var failed = Tool.Run(repo.Path, host, "release", "0.2.0", "--yes").ShouldExit(4);
        failed.Error.ShouldContain($"pull request #101 ({github.Web}/kubeopencode/kubeopencode/pull/101) from release/v0.2.0 into main was opened by someone else while Slipway was opening one [SW411]");
        github.PullRequests.ShouldHaveSingleItem().Title.ShouldBe("my own release PR");

        Tool.Run(repo.Path, host, "resume").ShouldSucceed().Out.ShouldContain("found pull request #101");
        github.Requests.Count(r => r.Method == "POST").ShouldBe(1);
    }
}

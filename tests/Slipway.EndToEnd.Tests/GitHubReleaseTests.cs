using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>KubeOpenCode's release with a GitHub token, against the fake GitHub: the pull request, its merge, the release.</summary>
public sealed class GitHubReleaseTests
{
    private const string Forge = "forge:\n  repository: kubeopencode/kubeopencode\n  releases: true\npull-request:\n  title: 'Release v{version} of {branch}'\n  wait: 1m\n";

    [Fact]
    public void A_release_opens_the_pull_request_waits_for_its_merge_tags_and_publishes_the_github_release_once()
    {
        using var repo = GitHubRepository(Forge);
        using var origin = RemoteRepository.For(repo);
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment());

        var first = Tool.Run(repo.Path, host, "release", "0.2.0", "--yes").ShouldSucceed();
        first.Out.ShouldContain($"opened pull request #101: {github.Web}/kubeopencode/kubeopencode/pull/101");
        first.Out.ShouldContain($"Waiting at pull-request: pull request #101 ({github.Web}/kubeopencode/kubeopencode/pull/101) is open; merge it, then run 'slipway resume'");
        var opened = github.Requests.Single(r => r.Method == "POST" && r.Path == "/repos/kubeopencode/kubeopencode/pulls");
        opened.Json["head"]!.GetValue<string>().ShouldBe("release/v0.2.0");
        opened.Json["base"]!.GetValue<string>().ShouldBe("main");
        opened.Json["title"]!.GetValue<string>().ShouldBe("Release v0.2.0 of release/v0.2.0");
        opened.Json["body"]!.GetValue<string>().ShouldContain("## Installation");
        opened.Headers["Authorization"].ShouldBe("Bearer " + FakeGitHub.Token);
        opened.Headers["Accept"].ShouldBe("application/vnd.github+json");
        opened.Headers["X-GitHub-Api-Version"].ShouldBe("2022-11-28");
        opened.Headers["User-Agent"].ShouldStartWith("slipway");
        github.Requests.ShouldContain(r => r.Method == "GET" && r.Path == "/repos/kubeopencode/kubeopencode/pulls" && r.Query.Contains("head=kubeopencode%3Arelease%2Fv0.2.0") && r.Query.Contains("state=all"));
        host.Sleeps.Sum(s => s.TotalSeconds).ShouldBe(60); // polled for the configured minute, on the virtual clock

        Tool.Run(repo.Path, host, "resume").ShouldSucceed().Out.ShouldContain("Waiting at pull-request: pull request #101");
        github.Requests.Count(r => r.Method == "POST").ShouldBe(1); // a resume never opens a second one

        var merge = origin.MergePullRequest("release/v0.2.0");
        github.PullRequests.Single().Merge(merge);
        var resumed = Tool.Run(repo.Path, host, "resume").ShouldSucceed();
        resumed.Out.ShouldContain($"pull request #101 merged into origin/main at {merge[..7]}");
        resumed.Out.ShouldContain($"tagged {merge[..7]} as v0.2.0");
        resumed.Out.ShouldContain("Waiting at crd-upgrade-table");
        github.Releases.ShouldBeEmpty();

        var done = Tool.Run(repo.Path, host, "done", "crd-upgrade-table").ShouldSucceed();
        done.Out.ShouldContain($"created the GitHub release v0.2.0: {github.Web}/kubeopencode/kubeopencode/releases/tag/v0.2.0");
        done.Out.ShouldContain("v0.2.0 is released.");
        var release = github.Releases.Single();
        (release.TagName, release.Name, release.Prerelease, release.Draft).ShouldBe(("v0.2.0", "v0.2.0", false, false));
        release.Body.ShouldBe(Tool.Run(repo.Path, host, "notes", "--version", "0.2.0").ShouldSucceed().Out);
        release.Body!.ShouldContain("helm install kubeopencode");
        var journal = JsonDocument.Parse(Tool.Run(repo.Path, "status", "--version", "0.2.0", "--json").ShouldSucceed().Out).RootElement.GetProperty("facts");
        journal.GetProperty("pull-request").GetInt32().ShouldBe(101);
        journal.GetProperty("release-url").GetString().ShouldBe($"{github.Web}/kubeopencode/kubeopencode/releases/tag/v0.2.0");

        Tool.Run(repo.Path, host, "publish", "--version", "0.2.0").ShouldSucceed().Out.ShouldContain("Updated the GitHub release v0.2.0");
        github.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/releases", StringComparison.Ordinal)).ShouldBe(1);
        github.Requests.Count(r => r.Method == "PATCH" && r.Path == $"/repos/kubeopencode/kubeopencode/releases/{release.Id}").ShouldBe(1);
        github.Releases.Count.ShouldBe(1);
    }

    [Fact]
    public void An_existing_pull_request_for_the_branch_is_used_and_a_pre_release_is_marked_so()
    {
        using var repo = GitHubRepository(Forge.Replace("wait: 1m", "wait: 0s", StringComparison.Ordinal));
        using var origin = RemoteRepository.For(repo);
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment());
        var existing = github.AddPullRequest("release/v0.2.0-rc1", "opened by hand", "maintainer");

        Tool.Run(repo.Path, host, "release", "0.2.0-rc1", "--yes").ShouldSucceed().Out.ShouldContain($"found pull request #{existing.Number}");
        github.Requests.ShouldNotContain(r => r.Method == "POST");
        host.Sleeps.ShouldBeEmpty(); // wait: 0s checks once

        existing.Merge(origin.MergePullRequest("release/v0.2.0-rc1", squash: true));
        Tool.Run(repo.Path, host, "resume").ShouldSucceed();
        Tool.Run(repo.Path, host, "done", "crd-upgrade-table").ShouldSucceed().Out.ShouldContain("(pre-release)");
        github.Releases.Single().Prerelease.ShouldBeTrue();
    }

    [Fact]
    public void Publish_finishes_the_draft_release_ci_left_for_the_tag_instead_of_making_a_second()
    {
        using var repo = GitHubRepository(Forge);
        repo.Git("tag", "-a", "v0.1.0", "-m", "Release v0.1.0");
        using var github = new FakeGitHub();
        var other = new FakeRelease { Id = 41, TagName = "v0.0.9", Draft = true, Body = "older draft" };
        var draft = new FakeRelease { Id = 42, TagName = "v0.1.0", Draft = true, Body = "TODO: notes" };
        github.Releases.AddRange([other, draft]);

        Tool.Run(repo.Path, new TestHost(github.Environment()), "publish", "--version", "0.1.0").ShouldSucceed().Out.ShouldContain("Updated the GitHub release v0.1.0");

        github.Requests.ShouldContain(r => r.Method == "GET" && r.Path == "/repos/kubeopencode/kubeopencode/releases");
        github.Requests.ShouldNotContain(r => r.Method == "POST");
        var patch = github.Requests.Single(r => r.Method == "PATCH");
        patch.Path.ShouldBe("/repos/kubeopencode/kubeopencode/releases/42");
        patch.Json["draft"]!.GetValue<bool>().ShouldBeFalse();
        (github.Releases.Count, draft.Draft, other.Draft).ShouldBe((2, false, true));
        draft.Body!.ShouldContain("## Installation");
    }

    [Fact]
    public void A_pull_request_closed_without_merging_fails_the_step_clearly()
    {
        using var repo = GitHubRepository(Forge);
        using var origin = RemoteRepository.For(repo);
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment());
        github.AddPullRequest("release/v0.2.0", "Release", "maintainer").State = "closed";

        var failed = Tool.Run(repo.Path, host, "release", "0.2.0", "--yes").ShouldExit(1);
        failed.Error.ShouldContain("pull request #101");
        failed.Error.ShouldContain("was closed without being merged [SW106]");
        failed.Error.ShouldContain("hint: reopen it on GitHub and run 'slipway resume'");
    }

    [Fact]
    public void Without_a_token_a_release_that_publishes_is_refused_before_anything_is_pushed_and_its_dry_run_says_so()
    {
        using var repo = GitHubRepository(Forge);
        using var origin = RemoteRepository.For(repo);
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment(token: null));
        foreach (var args in new[] { new[] { "release", "0.2.0", "--dry-run" }, ["release", "0.2.0", "--yes"] })
        {
            var refused = Tool.Run(repo.Path, host, args).ShouldExit(2);
            refused.Error.ShouldContain("no GitHub token was found, and one is needed to publish the GitHub release of v0.2.0 once the tag is pushed (forge.releases: true) [SW210]");
            refused.Error.ShouldContain("hint: set GITHUB_TOKEN (or GH_TOKEN), or log in with 'gh auth login', then run the release again; to publish the release by hand, set forge.releases: false");
        }

        origin.Ref("refs/heads/release/v0.2.0").ShouldBeNull();
        origin.Ref("refs/tags/v0.2.0").ShouldBeNull();
        repo.Git("tag", "--list").ShouldBeEmpty();
        github.Requests.ShouldBeEmpty();
    }

    [Fact]
    public void A_token_gone_after_the_start_fails_publish_with_a_hint_and_resume_finishes_with_one()
    {
        using var repo = GitHubRepository(Forge);
        using var origin = RemoteRepository.For(repo);
        using var github = new FakeGitHub();
        var host = new TestHost(github.Environment());
        var noToken = new TestHost(github.Environment(token: null));

        Tool.Run(repo.Path, host, "release", "0.2.0", "--yes").ShouldSucceed().Out.ShouldContain("Waiting at pull-request: pull request #101");
        github.PullRequests.Single().Merge(origin.MergePullRequest("release/v0.2.0"));
        Tool.Run(repo.Path, host, "resume").ShouldSucceed();
        var failed = Tool.Run(repo.Path, noToken, "done", "crd-upgrade-table").ShouldExit(2);
        failed.Error.ShouldContain("no GitHub token was found, and one is needed to publish the GitHub release of v0.2.0 [SW210]");
        failed.Error.ShouldContain("hint: set GITHUB_TOKEN (or GH_TOKEN), or log in with 'gh auth login'");
        github.Releases.ShouldBeEmpty();

        Tool.Run(repo.Path, host, "resume").ShouldSucceed().Out.ShouldContain("v0.2.0 is released.");
        github.Releases.Single().TagName.ShouldBe("v0.2.0");
    }

    [Fact]
    public void A_dry_run_lists_the_pull_request_and_the_publish_step()
    {
        using var repo = GitHubRepository(Forge);
        using var origin = RemoteRepository.For(repo);
        using var github = new FakeGitHub();
        var plan = Tool.Run(repo.Path, new TestHost(github.Environment()), "release", "0.2.0", "--dry-run").ShouldSucceed().Out;
        plan.ShouldContain("open the pull request \"Release v0.2.0 of release/v0.2.0\" from release/v0.2.0 into main on https://github.com/kubeopencode/kubeopencode");
        plan.ShouldContain("create the GitHub release v0.2.0 of https://github.com/kubeopencode/kubeopencode with the release notes");
        github.Requests.ShouldAllBe(r => r.Method == "GET"); // it asks what exists (a pull request, a draft release), and changes nothing
        github.PullRequests.ShouldBeEmpty();
        github.Releases.ShouldBeEmpty();
    }

    /// <summary>The kubeopencode example naming its GitHub repository, tagged v0.1.0.</summary>
    internal static TestRepository Tagged()
    {
        var repo = GitHubRepository("forge:\n  repository: kubeopencode/kubeopencode\n");
        repo.Git("tag", "-a", "v0.1.0", "-m", "Release v0.1.0");
        return repo;
    }

    /// <summary>The kubeopencode example with <paramref name="extra"/> appended to its slipway.yaml.</summary>
    internal static TestRepository GitHubRepository(string extra)
    {
        var repo = TestRepository.Create("kubeopencode");
        repo.Write("slipway.yaml", repo.Read("slipway.yaml") + extra);
        repo.Commit("ci: publish to GitHub");
        return repo;
    }
}

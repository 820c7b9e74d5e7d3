using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// A release touches only the refs it made: abort removes them only while they point where the
/// release left them, a refused release leaves nothing in progress, and a release branch that holds
/// other work (here or on the remote) is refused before anything is done.
/// </summary>
public sealed class ReleaseOwnershipTests
{
    [Fact]
    public void Abort_after_a_release_refused_at_preflight_leaves_the_users_own_tag_and_branch()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        repo.Git("switch", "-q", "-c", "release/v0.5.0");
        repo.Write("mine.txt", "my own work\n");
        repo.Commit("my own work");
        repo.Git("switch", "-q", "main");
        repo.Git("tag", "-a", "v0.5.0", "-m", "my own tag", "release/v0.5.0");
        var (tag, branch) = (repo.Git("rev-parse", "v0.5.0"), repo.Git("rev-parse", "release/v0.5.0"));

        Tool.Run(repo.Path, "release", "0.5.0", "--yes").ShouldExit(3).Error.ShouldContain("the tag v0.5.0 already exists in this repository [SW310]");
        Tool.Run(repo.Path, "abort", "--yes").ShouldExit(3).Error.ShouldContain("no release is in progress [SW314]");

        repo.Git("rev-parse", "v0.5.0").ShouldBe(tag);
        repo.Git("rev-parse", "release/v0.5.0").ShouldBe(branch);
        Tool.Run(repo.Path, "status").ShouldExit(3).Error.ShouldContain("no release is in progress");
    }

    [Fact]
    public void A_release_refused_at_preflight_does_not_block_the_next_one()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        repo.Write("wip.txt", "work in progress\n");

        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldExit(3).Error.ShouldContain("[SW307]");
        File.Delete(repo.File("wip.txt"));

        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldSucceed().Out.ShouldContain("Waiting at pull-request");
    }

    [Fact]
    public void Abort_names_and_leaves_a_branch_that_moved_and_a_tag_the_release_did_not_make()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldSucceed();
        repo.Write("review-fix.txt", "a fix made during review\n");
        repo.Commit("fix: review comment");
        repo.Git("tag", "v0.2.0", "HEAD");
        var (tip, tag) = (repo.Git("rev-parse", "release/v0.2.0"), repo.Git("rev-parse", "v0.2.0"));

        var aborted = Tool.Run(repo.Path, "abort", "--yes").ShouldSucceed().Out;

        aborted.ShouldContain("Aborted v0.2.0: set the journal aside.");
        aborted.ShouldContain($"left: release/v0.2.0 moved since this release made it (it is at {tip[..7]} now), so it stays");
        aborted.ShouldContain("left: v0.2.0 was not made by this release, so it stays");
        repo.Git("rev-parse", "release/v0.2.0").ShouldBe(tip);
        repo.Git("rev-parse", "v0.2.0").ShouldBe(tag);
        repo.Git("rev-parse", "--abbrev-ref", "HEAD").Trim().ShouldBe("release/v0.2.0");
    }

    [Fact]
    public void The_journal_records_each_ref_the_release_made_where_it_left_it()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldSucceed();
        var merge = origin.MergePullRequest("release/v0.2.0");
        Tool.Run(repo.Path, "resume").ShouldSucceed();

        var refs = JsonDocument.Parse(Tool.Run(repo.Path, "status", "--json").ShouldSucceed().Out).RootElement.GetProperty("createdRefs");
        refs.GetProperty("refs/heads/release/v0.2.0").GetString().ShouldBe(origin.Git("rev-parse", "release/v0.2.0").Trim());
        refs.GetProperty("refs/tags/v0.2.0").GetString().ShouldBe(repo.Git("rev-parse", "v0.2.0").Trim());
        repo.Git("rev-parse", "v0.2.0^{commit}").Trim().ShouldBe(merge);
    }

    [Fact]
    public void A_release_branch_that_holds_other_work_is_refused_and_nothing_is_pushed()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        repo.Git("switch", "-q", "-c", "release/v0.5.0");
        repo.Write("unrelated.txt", "unrelated\n");
        repo.Commit("wip: unrelated");
        repo.Git("switch", "-q", "main");
        var tip = repo.Git("rev-parse", "release/v0.5.0");

        var refused = Tool.Run(repo.Path, "release", "0.5.0", "--yes").ShouldExit(3);

        refused.Error.ShouldContain($"the branch release/v0.5.0 exists ({tip[..7]}) and was not made by this release, so it may hold other work [SW318]");
        refused.Error.ShouldContain("git branch -m release/v0.5.0 release/v0.5.0-old");
        repo.Git("rev-parse", "release/v0.5.0").ShouldBe(tip);
        origin.Ref("refs/heads/release/v0.5.0").ShouldBeNull();
        repo.Read("Makefile").ShouldContain("VERSION ?= 0.1.0");
    }

    [Fact]
    public void A_release_branch_left_on_the_remote_by_an_abort_is_found_at_preflight_with_advice()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldSucceed();
        Tool.Run(repo.Path, "abort", "--yes").ShouldSucceed();
        var stale = origin.Ref("refs/heads/release/v0.2.0")!;

        var refused = Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldExit(3);

        refused.Error.ShouldContain($"origin already has the branch release/v0.2.0 ({stale[..7]}), which this release would push [SW318]");
        refused.Error.ShouldContain("git push origin --delete release/v0.2.0");
        repo.Git("branch", "--list", "release/*").ShouldBeEmpty();
        origin.Git("branch", "-D", "release/v0.2.0");
        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldSucceed().Out.ShouldContain("Waiting at pull-request");
    }
}

using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// The release flow after a release: status shows the last one, nothing is released twice without
/// a change, no branch of the release stays behind, and every command of the family takes --yes.
/// </summary>
public sealed class ReleaseFlowTests
{
    [Fact]
    public void After_a_finished_release_status_shows_it_and_its_local_branch_is_gone()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        KubeOpenCodeReleaseTests.Release(repo, origin, "0.2.0");

        var status = Tool.Run(repo.Path, "status").ShouldSucceed().Out;
        status.ShouldContain("v0.2.0 (final, release/v0.2.0 → main, released ");
        status.ShouldContain("no release is in progress");
        status.ShouldContain("crd-upgrade-table");
        repo.Git("branch", "--list").Trim().ShouldBe("* main");
        origin.Ref("refs/heads/release/v0.2.0").ShouldNotBeNull(); // the remote's branch is the forge's to delete with the merged pull request
    }

    [Fact]
    public void With_no_change_since_the_last_release_next_and_release_say_there_is_nothing_to_release()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        KubeOpenCodeReleaseTests.Release(repo, origin, "0.2.0");

        var next = Tool.Run(repo.Path, "next").ShouldExit(1);
        next.Out.ShouldBeEmpty();
        next.Error.ShouldContain("nothing to release: no change since v0.2.0 [SW107]");
        var release = Tool.Run(repo.Path, "release", "patch", "--yes").ShouldExit(1);
        release.Error.ShouldContain("nothing to release: no change since v0.2.0 [SW107]");
        release.Error.ShouldContain("--allow-empty");
        Tool.Run(repo.Path, "status").ShouldSucceed().Out.ShouldContain("no release is in progress");

        Tool.Run(repo.Path, "release", "patch", "--yes", "--allow-empty").ShouldSucceed().Out.ShouldContain("Waiting at pull-request");
    }

    [Fact]
    public void A_change_since_the_last_release_is_something_to_release()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        KubeOpenCodeReleaseTests.Release(repo, origin, "0.2.0");
        origin.CommitOnMain("cmd/kubeopencode/fix.go", "package main\n", "fix: requeue evicted pods");
        repo.Git("pull", "-q", "--ff-only");

        Tool.Run(repo.Path, "next").ShouldSucceed().Out.Trim().ShouldBe("0.2.1");
        Tool.Run(repo.Path, "release", "patch", "--dry-run").ShouldSucceed().Out.ShouldContain("Release 0.2.1 (v0.2.1)");
    }

    [Theory]
    [InlineData("release", "0.2.0", "--dry-run")]
    [InlineData("status")]
    [InlineData("resume")]
    [InlineData("done", "crd-upgrade-table")]
    [InlineData("retag", "--version", "0.1.0")]
    [InlineData("abort")]
    public void Every_command_of_the_release_family_takes_yes(params string[] command)
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        var result = Tool.Run(repo.Path, [.. command, "--yes"]);
        result.Error.ShouldNotContain("Unrecognized command or argument '--yes'");
        result.ExitCode.ShouldNotBe(2, result.ToString());
    }
}

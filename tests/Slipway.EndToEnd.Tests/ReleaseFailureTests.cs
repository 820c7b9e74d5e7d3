using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>A release refuses bad starting states with an exit code and a message that says what to do, and resumes after a failure.</summary>
public sealed class ReleaseFailureTests
{
    private static (TestRepository Repo, RemoteRepository Origin) Start()
    {
        var repo = TestRepository.Create("kubeopencode");
        return (repo, RemoteRepository.For(repo));
    }

    [Fact]
    public void A_failing_check_stops_the_run_and_resume_continues_once_it_passes()
    {
        var (repo, origin) = Start();
        using var _ = repo;
        using var __ = origin;
        repo.Write("slipway.yaml", repo.Read("slipway.yaml").Replace("  - run: make verify", "  - run: make verify\n  - run: 'test -f .git/checks-pass || { echo \"integration tests failed: 3 of 120\"; exit 2; }'", StringComparison.Ordinal));
        repo.Commit("ci: a check that fails");
        repo.Git("push", "-q", "origin", "main");

        var failed = Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldExit(1);
        failed.Out.ShouldContain("    integration tests failed: 3 of 120");
        failed.Error.ShouldContain("checks[1]: 'test -f .git/checks-pass || { echo \"integration tests failed: 3 of 120\"; exit 2; }' exited with 2 [SW315]");
        failed.Error.ShouldContain("hint: 'slipway status' shows its output; fix the cause, then run 'slipway resume'");
        var status = Tool.Run(repo.Path, "status").Out;
        status.ShouldContain("failed");
        status.ShouldContain("  integration tests failed: 3 of 120");
        origin.Ref("refs/heads/release/v0.2.0").ShouldBeNull();

        File.WriteAllText(repo.File(".git/checks-pass"), "");
        Tool.Run(repo.Path, "resume").ShouldSucceed().Out.ShouldContain("Waiting at pull-request");
        origin.Ref("refs/heads/release/v0.2.0").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("dirty", 3, "the work tree has 1 uncommitted change(s); a release starts from a clean tree [SW307]", "git stash --include-untracked")]
    [InlineData("branch", 3, "the release starts from 'main', but 'feature' is checked out [SW308]", "git switch main")]
    [InlineData("local-tag", 3, "the tag v0.2.0 already exists in this repository [SW310]", "git tag -d v0.2.0")]
    [InlineData("remote-tag", 3, "the tag v0.2.0 already exists on origin [SW310]", "slipway retag")]
    [InlineData("behind", 3, "'main' is behind origin/main [SW309]", "git pull --ff-only origin main")]
    [InlineData("diverged", 3, "'main' and origin/main have diverged [SW309]", "git pull --rebase")]
    [InlineData("not-newer", 3, "0.2.0 is not newer than v0.3.0 [SW311]", "slipway next")]
    public void A_bad_starting_state_is_refused_and_nothing_is_changed(string state, int exit, string message, string hint)
    {
        var (repo, origin) = Start();
        using var _ = repo;
        using var __ = origin;
        switch (state)
        {
            case "dirty":
                repo.Write("notes.txt", "work in progress\n");
                break;
            case "branch":
                repo.Git("switch", "-q", "-c", "feature");
                break;
            case "local-tag":
                repo.Git("tag", "v0.2.0");
                break;
            case "remote-tag":
                origin.Git("tag", "v0.2.0", "main");
                break;
            case "behind":
                origin.CommitOnMain("a.txt", "a\n", "docs: a");
                break;
            case "diverged":
                origin.CommitOnMain("a.txt", "a\n", "docs: a");
                repo.Write("b.txt", "b\n");
                repo.Commit("docs: b");
                break;
            case "not-newer":
                repo.Git("tag", "v0.3.0");
                break;
        }

        var before = repo.Snapshot();
        var result = Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldExit(exit);
        result.Error.ShouldContain(message);
        result.Error.ShouldContain(hint);
        repo.Snapshot().ShouldBe(before);
        repo.Git("branch", "--list", "release/*").ShouldBeEmpty();
    }

    [Fact]
    public void Abort_undoes_the_local_work_and_never_touches_a_pushed_tag()
    {
        var (repo, origin) = Start();
        using var _ = repo;
        using var __ = origin;
        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldSucceed();
        var aborted = Tool.Run(repo.Path, "abort", "--yes").ShouldSucceed().Out;
        aborted.ShouldContain("Aborted v0.2.0: deleted the branch release/v0.2.0; set the journal aside.");
        aborted.ShouldContain("left: origin still has release/v0.2.0 (git push origin --delete release/v0.2.0)");
        repo.Git("rev-parse", "--abbrev-ref", "HEAD").Trim().ShouldBe("main");
        repo.Git("branch", "--list", "release/*").ShouldBeEmpty();
        repo.Read("Makefile").ShouldContain("VERSION ?= 0.1.0");
        Tool.Run(repo.Path, "status").ShouldExit(3).Error.ShouldContain("no release is in progress");

        // A released version's pushed tag stays even when its journal is aborted later.
        KubeOpenCodeReleaseTests.Release(repo, origin, "0.3.0");
        origin.Ref("refs/tags/v0.3.0").ShouldNotBeNull();
    }

    [Fact]
    public void Retag_moves_a_tag_to_the_merged_fix_after_verifying_it()
    {
        var (repo, origin) = Start();
        using var _ = repo;
        using var __ = origin;
        // The SOP's troubleshooting case: a fix merged after the tag, which must move to it.
        KubeOpenCodeReleaseTests.Release(repo, origin, "0.2.0");
        var first = origin.Git("rev-parse", "v0.2.0^{commit}").Trim();

        Tool.Run(repo.Path, "retag", "--version", "0.2.0", "--commit", "HEAD~1", "--yes").ShouldExit(1)
            .Error.ShouldContain("does not hold 0.2.0 in every reference; the tag was not moved [SW317]");

        var fix = origin.CommitOnMain("docs/fix.md", "fixed\n", "fix: the chart's appVersion");
        var moved = Tool.Run(repo.Path, "retag", "--version", "0.2.0", "--yes").ShouldSucceed().Out;
        moved.ShouldContain($"Moved v0.2.0 from {first[..7]} to {fix[..7]} and pushed it to origin.");
        origin.Git("rev-parse", "v0.2.0^{commit}").Trim().ShouldBe(fix);
        repo.Git("rev-parse", "v0.2.0^{commit}").Trim().ShouldBe(fix);
    }

    [Fact]
    public void A_corrupt_journal_is_a_clear_error()
    {
        var (repo, origin) = Start();
        using var _ = repo;
        using var __ = origin;
        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldSucceed();
        File.WriteAllText(repo.File(".git/slipway/releases/v0.2.0.json"), "{ not json");
        var result = Tool.Run(repo.Path, "resume").ShouldExit(3);
        result.Error.ShouldContain("the release journal");
        result.Error.ShouldContain("cannot be read: it is not a valid journal");
        File.WriteAllText(repo.File(".git/slipway/releases/v0.2.0.json"), "{\"format\":\"other-tool/2\",\"project\":\"x\",\"version\":\"1.0.0\",\"tag\":\"v1\",\"kind\":\"final\",\"base\":\"main\",\"branch\":\"b\",\"remote\":\"origin\"}");
        Tool.Run(repo.Path, "status").ShouldExit(3).Error.ShouldContain("its format is 'other-tool/2', not one this build reads (slipway-release/1, slipway-release/2)");
    }
}

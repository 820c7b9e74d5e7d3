using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>KubeOpenCode's release SOP run by 'slipway release' on a real repository with a bare remote.</summary>
public sealed class KubeOpenCodeReleaseTests
{
    [Fact]
    public void A_release_stops_at_the_pull_request_and_resumes_to_the_tag_after_the_merge()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);

        var first = Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldSucceed();
        first.Out.ShouldContain("✓ checks: 2 command(s) passed");
        first.Out.ShouldContain("Waiting at pull-request: open a pull request from release/v0.2.0 into main and merge it, then run 'slipway resume'");
        var message = origin.Git("log", "-1", "--format=%B", "release/v0.2.0");
        message.ShouldStartWith("chore: prepare v0.2.0 release\n\n");
        message.ShouldContain("- Makefile: VERSION = 0.2.0\n");
        message.ShouldContain("- charts/kubeopencode/Chart.yaml: version = 0.2.0, appVersion = v0.2.0\n");
        message.ShouldContain("Signed-off-by: Release Manager <releases@example.com>");
        origin.Show("release/v0.2.0", "CLAUDE.md").ShouldContain("- **Version**: v0.2.0");
        origin.Show("main", "Makefile").ShouldContain("VERSION ?= 0.1.0");
        repo.Git("status", "--porcelain").ShouldBeEmpty();

        Tool.Run(repo.Path, "resume").ShouldSucceed().Out.ShouldContain("Waiting at pull-request"); // not merged yet
        var status = Tool.Run(repo.Path, "status").ShouldSucceed().Out;
        status.ShouldContain("pull-request");
        status.ShouldContain("waiting");

        var merge = origin.MergePullRequest("release/v0.2.0");
        var resumed = Tool.Run(repo.Path, "resume").ShouldSucceed();
        resumed.Out.ShouldContain($"✓ tag: tagged {merge[..7]} as v0.2.0");
        resumed.Out.ShouldContain("Waiting at crd-upgrade-table: If this release changes CRDs");
        origin.Git("rev-parse", "v0.2.0^{commit}").Trim().ShouldBe(merge);
        origin.Git("cat-file", "-t", "v0.2.0").Trim().ShouldBe("tag"); // annotated
        origin.Git("tag", "-l", "--format=%(contents:subject)", "v0.2.0").Trim().ShouldBe("Release v0.2.0");

        Tool.Run(repo.Path, "done", "crd-upgrade-table").ShouldSucceed().Out.ShouldContain("v0.2.0 is released.");
        repo.Git("rev-parse", "--abbrev-ref", "HEAD").Trim().ShouldBe("main");
        repo.Git("rev-parse", "main").ShouldBe(origin.Git("rev-parse", "main"));
        var journal = JsonDocument.Parse(Tool.Run(repo.Path, "status", "--version", "0.2.0", "--json").ShouldSucceed().Out).RootElement;
        journal.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("status").GetString()).Distinct().ShouldBe(["done"]);
        journal.GetProperty("facts").GetProperty("merge-commit").GetString().ShouldBe(merge);
    }

    [Fact]
    public void A_squash_merge_is_found_by_its_tree_and_tagged()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldSucceed();
        origin.CommitOnMain("docs/other.md", "unrelated\n", "docs: unrelated change");
        var squashed = origin.MergePullRequest("release/v0.2.0", squash: true);
        Tool.Run(repo.Path, "resume").ShouldSucceed().Out.ShouldContain($"merged into origin/main at {squashed[..7]}");
        origin.Git("rev-parse", "v0.2.0^{commit}").Trim().ShouldBe(squashed);
    }

    [Fact]
    public void A_release_candidate_then_the_final_release_then_a_patch_release_with_a_cherry_pick()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        Release(repo, origin, "0.2.0-rc1");
        origin.Show("v0.2.0-rc1", "docs/installation.md").ShouldContain("--version 0.1.0"); // when: final
        origin.Show("v0.2.0-rc1", "Makefile").ShouldContain("VERSION ?= 0.2.0-rc1");

        Release(repo, origin, "0.2.0");
        origin.Show("v0.2.0", "docs/installation.md").ShouldContain("--version 0.2.0");

        // A fix lands on main after 0.2.0, with a feature that must not go into the patch.
        var fix = origin.CommitOnMain("cmd/kubeopencode/fix.go", "package main\n", "fix: requeue evicted pods (#31)");
        origin.CommitOnMain("cmd/kubeopencode/feature.go", "package main\n", "feat: new agent (#32)");
        repo.Git("pull", "-q", "--ff-only");

        var patch = Tool.Run(repo.Path, "release", "0.2.1", "--from", "v0.2.0", "--cherry-pick", fix, "--yes").ShouldSucceed();
        patch.Out.ShouldContain("created release-v0.2.0-patch from v0.2.0 and pushed it to origin");
        patch.Out.ShouldContain("Waiting at pull-request: open a pull request from release/v0.2.1 into release-v0.2.0-patch");
        var merge = origin.MergePullRequest("release/v0.2.1", into: "release-v0.2.0-patch");
        Tool.Run(repo.Path, "resume").ShouldSucceed();
        Tool.Run(repo.Path, "done", "crd-upgrade-table").ShouldSucceed().Out.ShouldContain("v0.2.1 is released.");
        origin.Git("rev-parse", "v0.2.1^{commit}").Trim().ShouldBe(merge);
        origin.Git("ls-tree", "--name-only", "v0.2.1", "cmd/kubeopencode/").ShouldContain("fix.go");
        origin.Git("ls-tree", "--name-only", "v0.2.1", "cmd/kubeopencode/").ShouldNotContain("feature.go");
        origin.Git("log", "--format=%B", "v0.2.0..v0.2.1").ShouldContain($"(cherry picked from commit {fix})");
    }

    [Fact]
    public void Dry_run_prints_the_plan_with_diffs_and_commands_and_changes_nothing()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        var before = repo.Snapshot();
        var plan = Tool.Run(repo.Path, "release", "minor", "--dry-run").ShouldSucceed().Out;
        plan.ShouldContain("Release 0.2.0 (v0.2.0) from main on release/v0.2.0, after no earlier release. Nothing is changed (--dry-run).");
        plan.ShouldContain("-VERSION ?= 0.1.0\n+VERSION ?= 0.2.0");
        plan.ShouldContain("$ make -s version   (output must contain 'kubeopencode version 0.2.0')");
        plan.ShouldContain("git commit --signoff");
        plan.ShouldContain("    chore: prepare v0.2.0 release");
        plan.ShouldContain("wait until a person does: If this release changes CRDs");
        repo.Snapshot().ShouldBe(before);
        repo.Git("branch", "--list").Trim().ShouldBe("* main");
        Directory.Exists(repo.File(".git/slipway/releases")).ShouldBeFalse();
    }

    /// <summary>A whole release: run, merge the PR, resume, mark the manual step.</summary>
    internal static void Release(TestRepository repo, RemoteRepository origin, string version)
    {
        Tool.Run(repo.Path, "release", version, "--yes").ShouldSucceed().Out.ShouldContain("Waiting at pull-request");
        origin.MergePullRequest($"release/v{version}");
        Tool.Run(repo.Path, "resume").ShouldSucceed();
        Tool.Run(repo.Path, "done", "crd-upgrade-table").ShouldSucceed().Out.ShouldContain($"v{version} is released.");
    }
}

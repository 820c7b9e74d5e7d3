using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>The version references of KubeOpenCode's release SOP (examples/kubeopencode), on a real git repository.</summary>
public sealed class KubeOpenCodeVersionTests
{
    [Fact]
    public void Show_lists_every_reference_with_its_place_and_agrees()
    {
        using var repo = TestRepository.Create("kubeopencode");
        var result = Tool.Run(repo.Path, "show").ShouldSucceed();
        result.Out.ShouldContain("Makefile:8:12");
        result.Out.ShouldContain("agents/Makefile:21:12");
        result.Out.ShouldContain("charts/kubeopencode/Chart.yaml:8:14");
        result.Out.ShouldContain("CLAUDE.md:7:17");
        result.Out.ShouldContain("All 6 checked values agree on 0.1.0 (tag v0.1.0).");

        // Table cells are padded to their column's width, but no line of the output ends in blanks.
        result.Out.Split('\n').Where(line => line.EndsWith(' ')).ShouldBeEmpty();
    }

    [Fact]
    public void Show_json_is_machine_readable()
    {
        using var repo = TestRepository.Create("kubeopencode");
        var json = JsonDocument.Parse(Tool.Run(repo.Path, "show", "--json").ShouldSucceed().Out).RootElement;
        json.GetProperty("version").GetString().ShouldBe("0.1.0");
        json.GetProperty("consistent").GetBoolean().ShouldBeTrue();
        var appVersion = json.GetProperty("references").EnumerateArray().Single(r => r.GetProperty("locator").GetString() == "yaml: appVersion");
        appVersion.GetProperty("value").GetString().ShouldBe("v0.1.0");
        appVersion.GetProperty("implies").GetString().ShouldBe("0.1.0");
        appVersion.GetProperty("line").GetInt32().ShouldBe(8);
    }

    [Fact]
    public void Bump_changes_exactly_the_version_bytes_of_every_file()
    {
        using var repo = TestRepository.Create("kubeopencode");
        var result = Tool.RunProcess(repo.Path, ["bump", "0.2.0"]).ShouldSucceed();
        result.Out.ShouldContain("Changed 6 value(s) in 5 file(s) to 0.2.0.");

        // git itself confirms that one line changed per reference and nothing else.
        repo.Git("diff", "--numstat").Trim().Split('\n').Order().ShouldBe([
            "1\t1\tCLAUDE.md",
            "1\t1\tMakefile",
            "1\t1\tagents/Makefile",
            "1\t1\tdocs/installation.md",
            "2\t2\tcharts/kubeopencode/Chart.yaml",
        ]);
        repo.Read("charts/kubeopencode/Chart.yaml").ShouldContain("version: 0.2.0\n# The controller image tag defaults to this (v prefix, as the git tag).\nappVersion: \"v0.2.0\"\n");
        repo.Read("Makefile").ShouldContain("METRICS_ADDR ?= 0.0.0.0:8443"); // a blind replace would have broken this
        Tool.Run(repo.Path, "verify", "--tag", "v0.2.0").ShouldSucceed().Out.ShouldContain("all 6 checked values hold 0.2.0");
        repo.Git("status", "--porcelain").Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldAllBe(line => line.StartsWith(" M "));
    }

    [Fact]
    public void Dry_run_prints_diffs_and_writes_nothing()
    {
        using var repo = TestRepository.Create("kubeopencode");
        var before = repo.Snapshot();
        var result = Tool.Run(repo.Path, "bump", "minor", "--dry-run").ShouldSucceed();
        result.Out.ShouldContain("--- a/Makefile\n+++ b/Makefile\n@@ -5,7 +5,7 @@");
        result.Out.ShouldContain("-VERSION ?= 0.1.0\n+VERSION ?= 0.2.0\n");
        result.Out.ShouldContain("-appVersion: \"v0.1.0\"\n+appVersion: \"v0.2.0\"\n");
        result.Out.ShouldContain("Would change 6 value(s) in 5 file(s) to 0.2.0; nothing was written (--dry-run).");
        repo.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void A_release_candidate_leaves_final_only_references_alone_and_verify_follows()
    {
        using var repo = TestRepository.Create("kubeopencode");
        Tool.Run(repo.Path, "bump", "0.2.0-rc1").ShouldSucceed().Out.ShouldContain("when: final (this is a pre-release)");
        repo.Read("docs/installation.md").ShouldContain("--version 0.1.0");
        Tool.Run(repo.Path, "show").ShouldSucceed().Out.ShouldContain("All 5 checked values agree on 0.2.0-rc1");
        Tool.Run(repo.Path, "bump", "rc").ShouldSucceed().Out.ShouldContain("0.2.0-rc2");
        Tool.Run(repo.Path, "bump", "release").ShouldSucceed();
        repo.Read("docs/installation.md").ShouldContain("--version 0.2.0");
        Tool.Run(repo.Path, "verify", "--version", "0.2.0").ShouldSucceed();
    }

    [Fact]
    public void Verify_fails_with_a_table_of_what_disagrees()
    {
        using var repo = TestRepository.Create("kubeopencode");
        repo.Write("agents/Makefile", repo.Read("agents/Makefile").Replace("VERSION ?= 0.1.0", "VERSION ?= 0.0.9", StringComparison.Ordinal));
        var result = Tool.Run(repo.Path, "verify").ShouldExit(1);
        result.Out.ShouldContain("failed:");
        result.Out.ShouldContain("agents/Makefile:21:12");
        result.Out.ShouldContain("0.0.9");
        result.Out.ShouldNotContain("Makefile:8:12");
        Tool.Run(repo.Path, "verify", "--tag", "v0.1.0").ShouldExit(1);
        Tool.Run(repo.Path, "verify", "--tag", "release-0.1.0").ShouldExit(2).Error.ShouldContain("does not name a version under the tag template 'v{version}'");
    }

    [Fact]
    public void Bumping_to_the_current_version_changes_nothing()
    {
        using var repo = TestRepository.Create("kubeopencode");
        var before = repo.Snapshot();
        Tool.Run(repo.Path, "bump", "0.1.0").ShouldSucceed().Out.ShouldContain("Every reference already holds 0.1.0; nothing to change.");
        repo.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void An_explicit_version_overwrites_placeholders_and_disagreeing_values_and_reports_them()
    {
        using var repo = TestRepository.Create("kubeopencode");
        repo.Write("Makefile", repo.Read("Makefile").Replace("VERSION ?= 0.1.0", "VERSION ?= dev", StringComparison.Ordinal));
        repo.Write("CLAUDE.md", repo.Read("CLAUDE.md").Replace("v0.1.0", "v0.0.0", StringComparison.Ordinal));
        var disagree = Tool.Run(repo.Path, "bump", "patch").ShouldExit(3).Error;
        disagree.ShouldContain("references disagree (most hold 0.1.0) [SW302]");
        disagree.ShouldContain("hint: bump an explicit version to set them all: 'slipway bump 0.1.1'"); // the real next version, not an example
        var result = Tool.Run(repo.Path, "bump", "0.3.0", "--json").ShouldSucceed();
        var changes = JsonDocument.Parse(result.Out).RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("old").GetString()).ToList();
        changes.ShouldContain("dev");
        changes.ShouldContain("0.0.0");
        Tool.Run(repo.Path, "verify", "--version", "0.3.0").ShouldSucceed();
    }

    [Fact]
    public void Audit_finds_unmanaged_occurrences_and_never_an_address()
    {
        using var repo = TestRepository.Create("kubeopencode");
        repo.Write("docs/upgrading.md", "Upgrade from v0.1.0 by applying the CRDs first.\nThe webhook binds 0.0.0.0:9443.\n");
        repo.Commit("docs");
        var result = Tool.Run(repo.Path, "audit").ShouldSucceed();
        result.Out.ShouldContain("docs/upgrading.md:1:14: Upgrade from v0.1.0 by applying the CRDs first.");
        result.Out.ShouldContain("1 unmanaged occurrence(s)");
        result.Out.ShouldNotContain("0.0.0.0");
        Tool.Run(repo.Path, "audit", "--strict").ShouldExit(1);
    }
}

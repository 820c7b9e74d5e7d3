using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// The dry run is the real run's own code against a view that records instead of writing: it says
/// what the real run does (the three ways the old preview drifted from it are cases here), fails where
/// the real run fails, and leaves the repository exactly as it was, objects included.
/// </summary>
public sealed class DryRunTests
{
    [Fact]
    public void The_notes_file_is_named_as_the_real_run_writes_it_with_its_content_as_a_diff()
    {
        using var repo = TestRepository.Create("kubeopencode");
        repo.Write("slipway.yaml", repo.Read("slipway.yaml").Replace("  style: github-sections\n", "  style: github-sections\n  file: docs/releases/v{version}.md\n", StringComparison.Ordinal));
        repo.Commit("docs: keep the release notes");
        using var origin = RemoteRepository.For(repo);

        var plan = Tool.Run(repo.Path, "release", "minor", "--dry-run").ShouldSucceed().Out;

        plan.ShouldContain("write docs/releases/v0.2.0.md");
        plan.ShouldContain("+++ b/docs/releases/v0.2.0.md");
        plan.ShouldContain("+## Installation");
        plan.ShouldNotContain("{version}");
    }

    [Fact]
    public void The_commit_message_lists_the_values_the_release_sets()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);

        var plan = Tool.Run(repo.Path, "release", "minor", "--dry-run").ShouldSucceed().Out;

        plan.ShouldContain("      - Makefile: VERSION = 0.2.0\n");
        plan.ShouldContain("      - charts/kubeopencode/Chart.yaml: version = 0.2.0, appVersion = v0.2.0\n");
        plan.ShouldNotContain("VERSION = 0.1.0");
    }

    [Fact]
    public void A_dry_run_fails_where_the_real_run_fails_and_says_so()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        repo.Git("tag", "v1.3.0");

        var dry = Tool.Run(repo.Path, "release", "1.2.0", "--dry-run").ShouldExit(3);
        var real = Tool.Run(repo.Path, "release", "1.2.0", "--yes").ShouldExit(3);

        dry.Error.ShouldContain("1.2.0 is not newer than v1.3.0 [SW311]");
        real.Error.ShouldContain("1.2.0 is not newer than v1.3.0 [SW311]");
        dry.Out.ShouldContain(" 1. preflight (would fail)");
        dry.Out.ShouldContain("The release would stop here; nothing was changed.");
    }

    // Found by the workspace release: the recording view started from HEAD's tree, so a dry run called
    // a dirty work tree clean and went on where the real run stops at preflight.
    [Theory]
    [InlineData("untracked")]
    [InlineData("modified")]
    public void A_dry_run_finds_a_dirty_work_tree_as_the_real_run_does(string dirt)
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        if (dirt == "untracked")
        {
            repo.Write("notes-to-self.txt", "not for the release\n");
        }
        else
        {
            repo.Write("Makefile", repo.Read("Makefile") + "# a local experiment\n");
        }

        var dry = Tool.Run(repo.Path, "release", "minor", "--dry-run");
        var real = Tool.Run(repo.Path, "release", "minor", "--yes");

        real.ExitCode.ShouldNotBe(0);
        dry.ExitCode.ShouldBe(real.ExitCode);
        var code = real.Error[real.Error.LastIndexOf("[SW", StringComparison.Ordinal)..][..7];
        dry.Error.ShouldContain(code);
        dry.Out.ShouldContain(" 1. preflight (would fail)");
    }

    [Fact]
    public void A_dry_run_leaves_files_refs_index_and_objects_as_they_were()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        var (files, refs, objects, index) = (repo.Snapshot(), repo.Git("for-each-ref"), repo.Git("count-objects", "-v"), File.ReadAllBytes(repo.File(".git/index")));

        Tool.Run(repo.Path, "release", "minor", "--dry-run").ShouldSucceed();

        repo.Snapshot().ShouldBe(files);
        repo.Git("for-each-ref").ShouldBe(refs);
        repo.Git("count-objects", "-v").ShouldBe(objects); // the made-up commits lived in a quarantine
        File.ReadAllBytes(repo.File(".git/index")).ShouldBe(index);
        Directory.Exists(repo.File(".git/slipway/releases")).ShouldBeFalse();
        origin.Git("for-each-ref", "--format=%(refname)").Trim().ShouldBe("refs/heads/main");
    }
}

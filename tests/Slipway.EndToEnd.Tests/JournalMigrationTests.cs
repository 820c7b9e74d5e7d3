using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// Releases in progress that an older build journaled (format slipway-release/1, made by main at
/// a7aae24 with Fixtures/journals/make.sh) resume after the upgrade: the repository, its remote and
/// the journals are restored as that build left them.
/// </summary>
public sealed class JournalMigrationTests
{
    [Fact]
    public void A_release_journaled_by_the_older_build_resumes_to_the_end_and_leaves_no_branch_behind()
    {
        var (repo, origin) = Restore("final-at-pull-request");
        using var _ = repo;
        using var __ = origin;
        Tool.Run(repo.Path, "status").ShouldSucceed().Out.ShouldContain("waiting");

        var merge = origin.MergePullRequest("release/v0.2.0");
        Tool.Run(repo.Path, "resume").ShouldSucceed().Out.ShouldContain($"✓ tag: tagged {merge[..7]} as v0.2.0");
        Tool.Run(repo.Path, "done", "crd-upgrade-table").ShouldSucceed().Out.ShouldContain("v0.2.0 is released.");

        origin.Git("rev-parse", "v0.2.0^{commit}").Trim().ShouldBe(merge);
        var journal = JsonDocument.Parse(File.ReadAllText(repo.File(".git/slipway/releases/v0.2.0.json"))).RootElement;
        journal.GetProperty("format").GetString().ShouldBe("slipway-release/2");
        journal.GetProperty("facts").GetProperty("release-commit").GetString().ShouldBe(origin.Git("rev-parse", "release/v0.2.0").Trim());
        // The release branch the older build made is recognised as the release's own, so it is cleaned up once merged.
        repo.Git("branch", "--list", "release/*").ShouldBeEmpty();
        repo.Git("rev-parse", "--abbrev-ref", "HEAD").Trim().ShouldBe("main");
    }

    [Fact]
    public void A_patch_release_journaled_by_the_older_build_resumes_with_its_cherry_pick_and_patch_branch()
    {
        var (repo, origin) = Restore("patch-at-pull-request");
        using var _ = repo;
        using var __ = origin;

        var merge = origin.MergePullRequest("release/v0.2.1", into: "release-v0.2.0-patch");
        Tool.Run(repo.Path, "resume").ShouldSucceed().Out.ShouldContain($"✓ tag: tagged {merge[..7]} as v0.2.1");
        Tool.Run(repo.Path, "done", "crd-upgrade-table").ShouldSucceed().Out.ShouldContain("v0.2.1 is released.");

        origin.Git("ls-tree", "--name-only", "v0.2.1", "cmd/kubeopencode/").ShouldContain("fix.go");
        var status = JsonDocument.Parse(Tool.Run(repo.Path, "status", "--json").ShouldSucceed().Out).RootElement;
        (status.GetProperty("kind").GetString(), status.GetProperty("patchOf").GetString()).ShouldBe(("patch", "v0.2.0"));
        status.GetProperty("cherryPicks").EnumerateArray().Single().GetString().ShouldBe(origin.Git("rev-parse", "main").Trim());
    }

    [Fact]
    public void Abort_of_a_release_journaled_by_the_older_build_removes_the_branch_it_made()
    {
        var (repo, origin) = Restore("final-at-pull-request");
        using var _ = repo;
        using var __ = origin;

        Tool.Run(repo.Path, "abort", "--yes").ShouldSucceed().Out.ShouldContain("Aborted v0.2.0: deleted the branch release/v0.2.0; set the journal aside.");
        repo.Git("branch", "--list", "release/*").ShouldBeEmpty();
        repo.Read("Makefile").ShouldContain("VERSION ?= 0.1.0");
    }

    /// <summary>The case's repository and remote from their bundles, with the journals in place and its branch checked out.</summary>
    private static (TestRepository Repo, RemoteRepository Origin) Restore(string name)
    {
        var fixture = Path.Combine(FixtureRepository.Root("journals"), name);
        var bare = TestRepository.CreateEmpty();
        bare.Git("init", "-q", "--bare", "-b", "main");
        bare.Git("fetch", "-q", Path.Combine(fixture, "origin.bundle"), "refs/*:refs/*");
        var repo = TestRepository.CreateEmpty();
        repo.Git("init", "-q", "-b", "main");
        repo.Git("fetch", "-q", "--update-head-ok", Path.Combine(fixture, "work.bundle"), "refs/*:refs/*");
        repo.Git("checkout", "-q", "-f", File.ReadAllText(Path.Combine(fixture, "HEAD")).Trim());
        repo.Git("config", "user.name", "Release Manager");
        repo.Git("config", "user.email", "releases@example.com");
        repo.Git("remote", "add", "origin", bare.Path);
        repo.Git("config", "branch.main.remote", "origin");
        repo.Git("config", "branch.main.merge", "refs/heads/main");
        var journals = repo.File(".git/slipway/releases");
        Directory.CreateDirectory(journals);
        foreach (var journal in Directory.EnumerateFiles(Path.Combine(fixture, "journals")))
        {
            File.Copy(journal, Path.Combine(journals, Path.GetFileName(journal)));
        }

        return (repo, RemoteRepository.Adopt(bare));
    }
}

using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// A release killed at any moment (kill -9: the process sends itself SIGKILL at a named point) and
/// resumed ends exactly like an uninterrupted one: one release commit, one tag on the merge commit,
/// every step done, nothing left behind.
/// </summary>
public sealed class KillAndResumeTests
{
    public static TheoryData<string> Points() => new(
        "before:preflight", "after:preflight", "before:branch", "after:branch",
        "before:bump", "write:after-first-rename", "after:bump", "before:checks", "after:checks",
        "before:commit", "commit:after-git", "after:commit", "before:push", "push:after-git", "after:push",
        "before:pull-request", "after:pull-request", "before:tag", "tag:after-git", "after:tag",
        "before:push-tag", "push-tag:after-git", "after:push-tag", "before:crd-upgrade-table", "after:crd-upgrade-table");

    [Theory]
    [MemberData(nameof(Points))]
    public void Killing_the_release_at_any_point_and_resuming_gives_the_same_release(string point)
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        var killed = false;
        CliResult Run(params string[] args)
        {
            var environment = killed ? null : new Dictionary<string, string> { ["SLIPWAY_CRASH_AT"] = point };
            var result = Tool.RunProcess(repo.Path, args, environment);
            if (result.ExitCode == 137)
            {
                killed = true;
                return Run("resume");
            }

            result.ShouldSucceed();
            return result;
        }

        Run("release", "0.2.0", "--yes").Out.ShouldContain("Waiting at pull-request");
        var merge = origin.MergePullRequest("release/v0.2.0");
        Run("resume").Out.ShouldContain("Waiting at crd-upgrade-table");
        Run("done", "crd-upgrade-table").Out.ShouldContain("v0.2.0 is released.");

        killed.ShouldBeTrue($"the run never reached the crash point {point}");
        origin.Git("rev-list", "--count", "main..release/v0.2.0").Trim().ShouldBe("0");
        origin.Git("rev-list", "--count", "--first-parent", "main^2", "^main^1").Trim().ShouldBe("1"); // one release commit
        origin.Git("rev-parse", "v0.2.0^{commit}").Trim().ShouldBe(merge);
        origin.Git("cat-file", "-t", "v0.2.0").Trim().ShouldBe("tag");
        origin.Git("for-each-ref", "--format=%(refname)").Trim().Split('\n').Order().ShouldBe(["refs/heads/main", "refs/heads/release/v0.2.0", "refs/tags/v0.2.0"]);
        repo.Git("status", "--porcelain", "--ignored").ShouldBeEmpty();
        repo.Git("rev-parse", "HEAD").ShouldBe(origin.Git("rev-parse", "main"));
        // Nothing is left behind but the journal and the lock file (the lock is the kernel's, on that file; its owner note may outlive a kill).
        Directory.EnumerateFiles(repo.File(".git/slipway"), "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)).Where(f => f is not "lock" and not "lock.owner").ShouldBe(["v0.2.0.json"]);
        var journal = JsonDocument.Parse(File.ReadAllText(repo.File(".git/slipway/releases/v0.2.0.json"))).RootElement;
        journal.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("status").GetString()).Distinct().ShouldBe(["done"]);
    }
}

/// <summary>The same for bpfman's extra steps: pins, copies, cargo, the changelog, and the pins restored after the tag.</summary>
public sealed class BpfmanKillAndResumeTests
{
    public static TheoryData<string> Points() => new(
        "after:pins", "copies:before-write", "after:copies", "before:after-bump", "after:after-bump", "before:notes", "after:notes",
        "before:post-release", "post-release:before-commit", "post-release:after-commit", "after:post-release", "before:release-yamls");

    [Theory]
    [MemberData(nameof(Points))]
    public void Killing_the_release_at_any_point_and_resuming_gives_the_same_release(string point)
    {
        Skip.IfNoCargo();
        using var repo = TestRepository.Create("bpfman");
        using var origin = RemoteRepository.For(repo);
        repo.Git("tag", "-a", "v0.5.1", "-m", "Release v0.5.1");
        repo.Git("push", "-q", "origin", "v0.5.1");
        repo.Write("bpfman/src/maps.rs", "// pinned maps\n");
        repo.Commit("fix: pin the maps");
        repo.Git("push", "-q", "origin", "main");
        var killed = false;
        CliResult Run(params string[] args)
        {
            var environment = killed ? null : new Dictionary<string, string> { ["SLIPWAY_CRASH_AT"] = point };
            var result = Tool.RunProcess(repo.Path, args, environment);
            if (result.ExitCode == 137)
            {
                killed = true;
                return Run("resume");
            }

            return result.ShouldSucceed();
        }

        Run("release", "0.5.2", "--yes").Out.ShouldContain("Waiting at pull-request");
        var merge = origin.MergePullRequest("release/v0.5.2");
        Run("resume").Out.ShouldContain("Waiting at release-yamls");
        Run("done", "release-yamls").Out.ShouldContain("Waiting at post-release");
        origin.MergePullRequest("release/v0.5.2-post");
        Run("resume").Out.ShouldContain("v0.5.2 is released.");

        killed.ShouldBeTrue($"the run never reached the crash point {point}");
        origin.Git("rev-parse", "v0.5.2^{commit}").Trim().ShouldBe(merge);
        origin.Git("rev-list", "--count", "main^1..release/v0.5.2-post").Trim().ShouldBe("1"); // one restoring commit
        origin.Git("rev-list", "--count", $"{merge}^1..{merge}^2").Trim().ShouldBe("1");        // one release commit
        origin.Show("v0.5.2", "bpfman/src/lib.rs").ShouldContain("xdp-dispatcher:v0.5.2");
        origin.Show("main", "bpfman/src/lib.rs").ShouldContain("xdp-dispatcher:latest");
        origin.Git("ls-tree", "--name-only", "v0.5.2", "examples/config/").Trim().Split('\n').Order(StringComparer.Ordinal).ShouldBe(
            ["examples/config/v0.5.1", "examples/config/v0.5.1-selinux", "examples/config/v0.5.2", "examples/config/v0.5.2-selinux"]);
        origin.Show("v0.5.2", "examples/config/v0.5.2/go-xdp-counter/kustomization.yaml").ShouldContain("newTag: v0.5.2");
        repo.Git("status", "--porcelain", "--ignored").Trim().ShouldBeOneOf("", "!! target/");
        repo.Git("rev-parse", "HEAD").ShouldBe(origin.Git("rev-parse", "main"));
    }
}

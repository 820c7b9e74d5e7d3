using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>bpfman's release process run by 'slipway release': pins, copied config directories, cargo, a changelog file, pins restored after the tag.</summary>
public sealed class BpfmanReleaseTests
{
    [Fact]
    public void Pins_are_set_in_the_release_commit_copies_are_rewritten_and_pins_restored_after_the_tag()
    {
        Skip.IfNoCargo();
        using var repo = TestRepository.Create("bpfman");
        using var origin = RemoteRepository.For(repo);
        repo.Git("tag", "-a", "v0.5.1", "-m", "Release v0.5.1");
        repo.Git("push", "-q", "origin", "v0.5.1");
        repo.Write("changelogs/summary-v0.5.2.md", "The v0.5.2 release is a patch release that pins the dispatchers.\n");
        repo.Commit("docs: summary for v0.5.2 (#1500)"); // a pull request: whats-changed lists pull requests, as GitHub does
        repo.Git("push", "-q", "origin", "main");

        var run = Tool.Run(repo.Path, "release", "patch", "--yes").ShouldSucceed().Out;
        run.ShouldContain("✓ pins: 2 pin(s) set");
        run.ShouldContain("✓ copies: copied examples/config/v0.5.1 to examples/config/v0.5.2 (2 file(s), 2 version(s) rewritten)");
        run.ShouldContain("$ cargo generate-lockfile --offline");
        run.ShouldContain("✓ notes: wrote changelogs/CHANGELOG-v0.5.2.md");

        const string Branch = "release/v0.5.2";
        origin.Show(Branch, "bpfman/src/lib.rs").ShouldContain("\"quay.io/bpfman/xdp-dispatcher:v0.5.2\"");
        origin.Show(Branch, "bpfman/src/lib.rs").ShouldContain("\"quay.io/bpfman/tc-dispatcher:v0.5.2\"");
        var copied = origin.Show(Branch, "examples/config/v0.5.2/go-xdp-counter/kustomization.yaml");
        copied.ShouldContain("newTag: v0.5.2");
        copied.ShouldNotContain("0.5.1");
        origin.Show(Branch, "examples/config/v0.5.2-selinux/go-xdp-counter/patch.yaml").ShouldContain("--metrics-address=0.0.0.0:8443");
        origin.Show(Branch, "examples/config/v0.5.1/go-xdp-counter/kustomization.yaml").ShouldContain("newTag: v0.5.1");
        origin.Show(Branch, "Cargo.lock").ShouldContain("name = \"bpfman\"\nversion = \"0.5.2\"");
        origin.Show(Branch, "Cargo.lock").ShouldContain("name = \"bpfman-csi\"\nversion = \"1.8.0\"");
        var changelog = origin.Show(Branch, "changelogs/CHANGELOG-v0.5.2.md");
        changelog.ShouldStartWith("The v0.5.2 release is a patch release that pins the dispatchers.\n\n## What's Changed\n");
        changelog.ShouldContain("**Full Changelog**: v0.5.1...v0.5.2");

        origin.MergePullRequest(Branch);
        var after = Tool.Run(repo.Path, "resume").ShouldSucceed().Out;
        after.ShouldContain("✓ push-tag: pushed v0.5.2 to origin");
        after.ShouldContain("Waiting at release-yamls: Run 'make build-release-yamls' in examples/ and attach the generated yamls to the v0.5.2 GitHub release");
        origin.Show("v0.5.2", "bpfman/src/lib.rs").ShouldContain("xdp-dispatcher:v0.5.2");

        // Then, as the procedure says, "another PR that changes the tag back to latest".
        Tool.Run(repo.Path, "done", "release-yamls").ShouldSucceed().Out
            .ShouldContain("Waiting at post-release: open a pull request from release/v0.5.2-post into main (it restores the pins after v0.5.2)");
        origin.Show("release/v0.5.2-post", "bpfman/src/lib.rs").ShouldContain("xdp-dispatcher:latest");
        origin.MergePullRequest("release/v0.5.2-post");
        Tool.Run(repo.Path, "resume").ShouldSucceed().Out.ShouldContain("v0.5.2 is released.");
        origin.Show("main", "bpfman/src/lib.rs").ShouldContain("\"quay.io/bpfman/xdp-dispatcher:latest\"");
        repo.Git("rev-parse", "--abbrev-ref", "HEAD").Trim().ShouldBe("main");
    }

    [Fact]
    public void A_release_candidate_skips_pins_and_copies_and_gets_a_one_line_changelog()
    {
        Skip.IfNoCargo();
        using var repo = TestRepository.Create("bpfman");
        using var origin = RemoteRepository.For(repo);
        repo.Git("tag", "-a", "v0.5.1", "-m", "Release v0.5.1");
        repo.Write("bpfman/src/maps.rs", "// pinned maps\n");
        repo.Commit("feat: pinned maps");
        repo.Git("push", "-q", "origin", "main");
        var run = Tool.Run(repo.Path, "release", "0.6.0-rc1", "--yes").ShouldSucceed().Out;
        run.ShouldContain("- pins: skipped by the rc profile");
        run.ShouldContain("- copies: skipped by the rc profile");
        origin.Show("release/v0.6.0-rc1", "changelogs/CHANGELOG-v0.6.0-rc1.md").ShouldBe("Pre-release 1 for 0.6.0\n");
        origin.Show("release/v0.6.0-rc1", "bpfman/src/lib.rs").ShouldContain("xdp-dispatcher:latest");
        origin.Git("ls-tree", "--name-only", "release/v0.6.0-rc1", "examples/config/").ShouldNotContain("v0.6.0");
    }
}

/// <summary>Skips a test whose real part cannot run here, saying why.</summary>
internal static class Skip
{
    public static void IfNoCargo()
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(d => Path.Combine(d, "cargo")).FirstOrDefault(File.Exists);
        if (path is null && !File.Exists(Path.Combine(Environment.GetEnvironmentVariable("HOME") ?? "/root", ".cargo/bin/cargo")))
        {
            Assert.Skip("cargo is not installed; bpfman's after-bump runs cargo generate-lockfile");
        }
    }
}

using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// bpfman's patch branches: 0.5.2 was released from release-v0.5.1-patch (made from v0.5.1), with
/// its own examples/config/v0.5.2 there. A release from main then follows the last release main
/// reaches, v0.5.1, not the highest tag anywhere: its {previous}, its copies, its notes' range and
/// compare link all name v0.5.1.
/// </summary>
public sealed class PatchLineageTests
{
    [Fact]
    public void A_release_from_main_after_a_patch_release_follows_the_release_main_reaches()
    {
        using var repo = TestRepository.Create("bpfman");
        using var origin = RemoteRepository.For(repo);
        repo.Git("tag", "-a", "v0.5.1", "-m", "Release v0.5.1");
        repo.Git("checkout", "-q", "-b", "release-v0.5.1-patch", "v0.5.1");
        repo.Write("examples/config/v0.5.2/go-xdp-counter/kustomization.yaml", "images:\n- name: quay.io/bpfman-bytecode/go-xdp-counter\n  newTag: v0.5.2\n");
        repo.Commit("chore: prepare v0.5.2 release");
        repo.Git("tag", "-a", "v0.5.2", "-m", "Release v0.5.2");
        repo.Git("checkout", "-q", "main");
        repo.Write("docs/kprobe.md", "# kprobes\n");
        repo.Commit("Add a kprobe example (#1500)");
        repo.Git("push", "-q", "origin", "main", "release-v0.5.1-patch", "v0.5.1", "v0.5.2");

        var plan = Tool.Run(repo.Path, "release", "0.6.0", "--dry-run").ShouldSucceed().Out;
        plan.ShouldContain("after v0.5.1.");
        plan.ShouldContain("examples/config/v0.5.1 to examples/config/v0.6.0");
        plan.ShouldNotContain("v0.5.2");

        var notes = Tool.Run(repo.Path, "notes", "--version", "0.6.0").ShouldSucceed().Out;
        notes.ShouldContain("Add a kprobe example");
        notes.ShouldNotContain("prepare v0.5.2");
        notes.ShouldContain("**Full Changelog**: v0.5.1...v0.6.0");
    }
}

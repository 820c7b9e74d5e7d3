using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>The version references of bpfman's release process (examples/bpfman): a Cargo workspace, its lockfile, a Makefile.</summary>
public sealed class BpfmanVersionTests
{
    [Fact]
    public void Bump_rewrites_the_workspace_its_path_dependencies_the_lockfile_and_the_makefile()
    {
        using var repo = TestRepository.Create("bpfman");
        Tool.RunProcess(repo.Path, ["bump", "patch"]).ShouldSucceed().Out.ShouldContain("Changed 8 value(s) in 3 file(s) to 0.5.2.");

        repo.Git("diff", "--numstat").Trim().Split('\n').Order().ShouldBe(["1\t1\texamples/Makefile", "3\t3\tCargo.toml", "4\t4\tCargo.lock"]);
        var manifest = repo.Read("Cargo.toml");
        manifest.ShouldContain("# The release version of every crate in the workspace.\nversion = \"0.5.2\"\n");
        manifest.ShouldContain("bpfman = { version = \"0.5.2\", path = \"./bpfman\" }");
        manifest.ShouldContain("bpfman-csi = { version = \"1.8.0\", path = \"./csi\" }");
        repo.Read("Cargo.lock").ShouldContain("name = \"bpfman-csi\"\nversion = \"1.8.0\"");
        Tool.Run(repo.Path, "verify", "--tag", "v0.5.2").ShouldSucceed();
    }

    [Fact]
    public void A_release_candidate_series_continues_in_the_spelling_of_the_tags()
    {
        using var repo = TestRepository.Create("bpfman");
        repo.Git("tag", "v0.4.0-rc1");
        repo.Git("tag", "v0.4.0");
        Tool.Run(repo.Path, "bump", "rc").ShouldSucceed().Out.ShouldContain("to 0.5.2-rc1.");
        Tool.Run(repo.Path, "bump", "rc").ShouldSucceed().Out.ShouldContain("to 0.5.2-rc2.");
        Tool.Run(repo.Path, "bump", "release").ShouldSucceed().Out.ShouldContain("to 0.5.2.");
        repo.Read("examples/Makefile").ShouldContain("VERSION ?= 0.5.2\n");
    }

    [Fact]
    public void A_version_that_a_toml_basic_string_cannot_hold_unescaped_is_escaped_not_broken()
    {
        using var repo = TestRepository.Create("bpfman");
        Tool.Run(repo.Path, "bump", "0.6.0+build.7").ShouldSucceed();
        repo.Read("Cargo.toml").ShouldContain("version = \"0.6.0+build.7\"");
        Tool.Run(repo.Path, "verify").ShouldSucceed();
    }
}

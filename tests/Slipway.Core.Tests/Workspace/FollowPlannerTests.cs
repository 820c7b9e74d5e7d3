using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Git;
using Slipway.Core.References;
using Slipway.Core.Versioning;
using Slipway.Core.Workspace;
using Slipway.Core.Workspace.Go;

namespace Slipway.Core.Tests.Workspace;

/// <summary>bpfman-operator following bpfman's release: its own references, go.sum and vendor/modules.txt, planned together.</summary>
public sealed class FollowPlannerTests : IDisposable
{
    private const string Config = """
        versions:
          - { file: Makefile, make: VERSION }
          - { file: go.mod, gomod: github.com/bpfman/bpfman, follows: bpfman }
          - { file: Dockerfile, regex: 'ARG BPFMAN_VERSION=(?<version>\S+)', follows: bpfman }
          - { file: docs/install.md, regex: 'bpfman/releases/download/v(?<version>[^/]+)/', follows: bpfman, when: final }
        """;

    private readonly TempDirectory _directory = new();
    private readonly GitRepository _bpfman;

    public FollowPlannerTests()
    {
        _bpfman = GitRepository.Init(Path.Combine(_directory.Path, "bpfman"));
        _bpfman.Write("Cargo.toml", "[workspace.package]\nversion = \"0.5.2\"\n").Write("go.mod", "module github.com/bpfman/bpfman\n\ngo 1.22\n").Write("client.go", "package bpfman\n").Commit("release 0.5.2");
        Write("Makefile", "VERSION ?= 0.5.2\n");
        Write("go.mod", "module github.com/bpfman/bpfman-operator\n\ngo 1.22\n\nrequire (\n\tgithub.com/bpfman/bpfman v0.5.1 // pinned\n\tgithub.com/go-logr/logr v1.4.1\n)\n");
        Write("go.sum", "github.com/bpfman/bpfman v0.5.1 h1:old\ngithub.com/bpfman/bpfman v0.5.1/go.mod h1:oldmod\ngithub.com/go-logr/logr v1.4.1 h1:logr\n");
        Write("vendor/modules.txt", "# github.com/bpfman/bpfman v0.5.1\n## explicit; go 1.21\ngithub.com/bpfman/bpfman/clients/gobpfman/v1\n# github.com/go-logr/logr v1.4.1\n## explicit; go 1.18\ngithub.com/go-logr/logr\n");
        Write("Dockerfile", "FROM scratch\nARG BPFMAN_VERSION=0.5.1\n");
        Write("docs/install.md", "curl -L https://github.com/bpfman/bpfman/releases/download/v0.5.1/bpfman.tar.gz\n");
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Writes_the_upstreams_version_in_each_reference_and_its_go_sums_beside_the_go_mod()
    {
        _bpfman.Git("tag", "v0.5.2");
        var plan = FollowPlanner.Plan(Scan(), [new UpstreamRelease("bpfman", SemVersion.Parse("0.5.2"), new GitRunner(_bpfman.Path))]);

        var sums = plan.GoModules.Single();
        (sums.Tag, sums.GoVersion).ShouldBe(("v0.5.2", "1.22"));
        plan.Changes.Select(c => (c.Path, c.OldValue, c.NewValue)).ShouldBe([
            ("go.mod", "v0.5.1", "v0.5.2"), ("Dockerfile", "0.5.1", "0.5.2"), ("docs/install.md", "0.5.1", "0.5.2"),
        ]);
        plan.Edits.ToDictionary(e => e.Path, e => e.NewText).ShouldBe(new Dictionary<string, string>
        {
            ["go.mod"] = "module github.com/bpfman/bpfman-operator\n\ngo 1.22\n\nrequire (\n\tgithub.com/bpfman/bpfman v0.5.2 // pinned\n\tgithub.com/go-logr/logr v1.4.1\n)\n",
            ["Dockerfile"] = "FROM scratch\nARG BPFMAN_VERSION=0.5.2\n",
            ["docs/install.md"] = "curl -L https://github.com/bpfman/bpfman/releases/download/v0.5.2/bpfman.tar.gz\n",
            ["go.sum"] = $"{sums.Line}\n{sums.GoModLine}\ngithub.com/go-logr/logr v1.4.1 h1:logr\n",
            ["vendor/modules.txt"] = "# github.com/bpfman/bpfman v0.5.2\n## explicit; go 1.22\ngithub.com/bpfman/bpfman/clients/gobpfman/v1\n# github.com/go-logr/logr v1.4.1\n## explicit; go 1.18\ngithub.com/go-logr/logr\n",
        });
    }

    [Fact]
    public void A_plan_made_before_the_upstream_is_tagged_equals_the_plan_made_after()
    {
        var head = _bpfman.Git("rev-parse", "HEAD").Trim();
        var before = FollowPlanner.Plan(Scan(), [new UpstreamRelease("bpfman", SemVersion.Parse("0.5.2"), new GitRunner(_bpfman.Path), head)]);
        var error = Should.Throw<SlipwayException>(() => FollowPlanner.Plan(Scan(), [new UpstreamRelease("bpfman", SemVersion.Parse("0.5.2"), new GitRunner(_bpfman.Path))]));
        error.Kind.ShouldBe(Errors.GoModuleNotTagged);

        _bpfman.Git("tag", "-a", "-m", "v0.5.2", "v0.5.2");
        var after = FollowPlanner.Plan(Scan(), [new UpstreamRelease("bpfman", SemVersion.Parse("0.5.2"), new GitRunner(_bpfman.Path))]);
        after.Edits.Select(e => (e.Path, e.NewText)).ShouldBe(before.Edits.Select(e => (e.Path, e.NewText)));
    }

    [Fact]
    public void A_pre_release_of_the_upstream_leaves_final_only_places_alone()
    {
        _bpfman.Git("tag", "v0.5.2-rc1");
        var plan = FollowPlanner.Plan(Scan(), [new UpstreamRelease("bpfman", SemVersion.Parse("0.5.2-rc1"), new GitRunner(_bpfman.Path))]);
        plan.Edits.Select(e => e.Path).Order(StringComparer.Ordinal).ShouldBe(["Dockerfile", "go.mod", "go.sum", "vendor/modules.txt"]);
        plan.GoModules.Single().Module.Version.ShouldBe("v0.5.2-rc1");
    }

    [Fact]
    public void Nothing_follows_nothing_to_plan()
    {
        var scan = ReferenceReader.Read(ConfigLoader.Parse("versions:\n  - { file: Makefile, make: VERSION }\n", Path.Combine(_directory.Path, "operator", "slipway.yaml"), "slipway.yaml"));
        FollowPlanner.Plan(scan, []).IsEmpty.ShouldBeTrue();
    }

    private ReferenceScan Scan() => ReferenceReader.Read(ConfigLoader.Parse(Config, Path.Combine(_directory.Path, "operator", "slipway.yaml"), "slipway.yaml"));

    private void Write(string relative, string text) => _directory.Write(Path.Combine("operator", relative), text);
}

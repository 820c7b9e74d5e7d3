using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests.Workspace;

/// <summary>
/// <c>version: per-repository</c>: bpfman, bpfman-operator and the docs each released at a version of
/// its own (NAME=VERSION, the rest by a keyword from their own references), the operator's go.mod
/// following bpfman at bpfman's version, and every view naming each repository's own version.
/// </summary>
public sealed class PerRepositoryVersionTests
{
    [Fact]
    public void Each_repository_is_released_at_its_own_version_and_the_operator_follows_bpfman_at_bpfmans()
    {
        using var workspace = new BpfmanWorkspace(versionMode: "per-repository");
        using var github = new FakeGitHub("k8s-operatorhub", "community-operators");
        CliResult Run(params string[] args) => Tool.RunProcess(workspace.Directory.Path, args, github.Environment());

        // bpfman at 0.9.0, the operator at 0.8.1, the docs by keyword from their own 0.8.0.
        var plan = Run("release", "minor", "bpfman=0.9.0", "bpfman-operator=0.8.1", "--dry-run").ShouldSucceed().Out;
        plan.ShouldContain("v0.8.0 → v0.9.0"); // the operator's go.mod, at bpfman's version
        plan.ShouldContain("commit on a new branch bpfman-operator-0.8.1");

        var started = Run("release", "minor", "bpfman=0.9.0", "bpfman-operator=0.8.1", "--yes").ShouldSucceed().Out;
        started.ShouldContain("bpfman v0.9.0: waiting for pull-request");
        started.ShouldContain("bpfman-operator v0.8.1: waiting for bpfman's tag v0.9.0 on its remote 'origin'");
        started.ShouldContain("bpfman-docs v0.9.0: waiting for pull-request"); // minor of the docs' own 0.8.0
        var status = Run("status").ShouldSucceed().Out;
        status.ShouldContain("v0.8.1");
        status.ShouldContain("waiting for upstream");

        workspace.BpfmanOrigin.MergePullRequest("release/v0.9.0");
        workspace.DocsOrigin.MergePullRequest("release/v0.9.0");
        Run("resume").ShouldSucceed().Out.ShouldContain("bpfman-operator v0.8.1: waiting for pull-request");
        workspace.OperatorOrigin.MergePullRequest("release/v0.8.1");
        Run("resume").ShouldSucceed().Out.ShouldContain("hand-off community-operators: waiting for pull request #101");
        github.PullRequests.Single().Merge("0000000000000000000000000000000000000001");
        var done = Run("resume").ShouldSucceed().Out;
        done.ShouldContain("bpfman v0.9.0: released");
        done.ShouldContain("bpfman-operator v0.8.1: released");
        done.ShouldContain("bpfman-docs v0.9.0: released");

        // Each repository's own version, in its own files and tag; the operator's go.mod carries bpfman's.
        workspace.BpfmanOrigin.Show("v0.9.0", "Cargo.toml").ShouldContain("version = \"0.9.0\"");
        workspace.OperatorOrigin.Show("v0.8.1", "Makefile").ShouldBe("VERSION ?= 0.8.1\n");
        workspace.OperatorOrigin.Show("v0.8.1", "bundle/manifests/bpfman-operator.clusterserviceversion.yaml").ShouldContain("version: 0.8.1");
        workspace.OperatorOrigin.Show("v0.8.1", "go.mod").ShouldContain("\tgithub.com/bpfman/bpfman v0.9.0\n");
        workspace.OperatorOrigin.Show("v0.8.1", "vendor/modules.txt").ShouldStartWith("# github.com/bpfman/bpfman v0.9.0\n");
        workspace.OperatorOrigin.Ref("refs/tags/v0.9.0").ShouldBeNull();
        workspace.DocsOrigin.Show("v0.9.0", "VERSION").ShouldBe("0.9.0\n");

        // The hand-off takes the operator's own version.
        workspace.CommunityOrigin.Git("ls-tree", "-r", "--name-only", "bpfman-operator-0.8.1").ShouldContain("operators/bpfman-operator/0.8.1/manifests/bpfman-operator.clusterserviceversion.yaml");
        github.Requests.Single(r => r.Method == "POST").Json["title"]!.GetValue<string>().ShouldBe("operator bpfman-operator (0.8.1)");

        // status and status --json name each repository's version.
        var json = JsonDocument.Parse(Run("status", "--json").ShouldSucceed().Out).RootElement;
        json.GetProperty("workspace").GetProperty("repositories").EnumerateArray()
            .Select(r => (r.GetProperty("name").GetString(), r.GetProperty("version").GetString(), r.GetProperty("state").GetString()))
            .ShouldBe([("bpfman", "0.9.0", "released"), ("bpfman-operator", "0.8.1", "released"), ("bpfman-docs", "0.9.0", "released")]);
        json.GetProperty("releases").GetProperty("bpfman-operator").GetProperty("version").GetString().ShouldBe("0.8.1");
    }

    [Fact]
    public void Versions_that_do_not_fit_the_workspace_are_refused_before_anything_changes()
    {
        using var shared = new BpfmanWorkspace(handoff: false);
        var refused = Tool.RunProcess(shared.Directory.Path, ["release", "0.9.0", "bpfman-operator=0.8.1", "--yes"]).ShouldExit(2).Error;
        refused.ShouldContain("bpfman-operator: a version of its own, but");
        refused.ShouldContain("has 'version: shared'");
        refused.ShouldContain("SW201");

        using var workspace = new BpfmanWorkspace(handoff: false, versionMode: "per-repository");
        CliResult Run(params string[] args) => Tool.RunProcess(workspace.Directory.Path, args);
        Run("release", "bpfman=0.9.0", "--yes").ShouldExit(2).Error.ShouldContain("no version for bpfman-operator, bpfman-docs");
        Run("release", "patch", "bpfman-operater=0.8.1", "--yes").ShouldExit(2).Error.ShouldContain("did you mean 'bpfman-operator'?");
        Run("release", "patch", "minor", "--yes").ShouldExit(2).Error.ShouldContain("two versions for every repository: 'patch' and 'minor'");
        Run("release", "patch", "bpfman=0.9.0", "bpfman=0.9.1", "--yes").ShouldExit(2).Error.ShouldContain("bpfman is given two versions");
        Tool.RunProcess(workspace.Bpfman.Path, ["release", "bpfman=0.9.0", "--yes"]).ShouldExit(2).Error.ShouldContain("NAME=VERSION is for a workspace with 'version: per-repository'");
        foreach (var repository in workspace.Releasing)
        {
            Directory.Exists(repository.File(".git/slipway/releases")).ShouldBeFalse();
            Directory.Exists(repository.File(".git/slipway/workspace")).ShouldBeFalse();
        }
    }

    [Fact]
    public void A_release_at_several_versions_is_titled_with_each_repositorys_version_wherever_it_is_shown()
    {
        using var workspace = new BpfmanWorkspace(handoff: false, versionMode: "per-repository");
        CliResult Run(params string[] args) => Tool.RunProcess(workspace.Directory.Path, args);
        const string Title = "bpfman 0.9.0, bpfman-operator 0.8.1, bpfman-docs 0.8.1";

        JsonDocument.Parse(Run("release", "patch", "bpfman=0.9.0", "bpfman-operator=0.8.1", "--dry-run", "--json").ShouldSucceed().Out)
            .RootElement.GetProperty("workspace").GetString().ShouldBe(Title);
        Run("release", "patch", "bpfman=0.9.0", "bpfman-operator=0.8.1", "--yes").ShouldSucceed().Out.ShouldContain($"The workspace release {Title} is waiting:");
        Run("status").ShouldSucceed().Out.ShouldContain($"workspace release {Title} (started");
        JsonDocument.Parse(Run("status", "--json").ShouldSucceed().Out).RootElement.GetProperty("workspace").GetProperty("name").GetString().ShouldBe(Title);
        Run("resume").ShouldSucceed().Out.ShouldContain($"The workspace release {Title} is waiting:");
        Run("abort", "--yes").ShouldSucceed().Out.ShouldStartWith($"Aborted the workspace release {Title}.");
    }

    [Fact]
    public void A_release_whose_repositories_share_one_version_is_titled_with_that_version()
    {
        using var workspace = new BpfmanWorkspace(handoff: false, versionMode: "per-repository");
        Tool.RunProcess(workspace.Directory.Path, ["release", "0.9.0", "--yes"]).ShouldSucceed().Out.ShouldContain("The workspace release 0.9.0 is waiting:");
    }
}

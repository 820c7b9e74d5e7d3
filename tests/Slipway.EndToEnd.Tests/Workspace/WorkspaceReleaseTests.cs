using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests.Workspace;

/// <summary>
/// bpfman, bpfman-operator and an independent repository released together from their workspace,
/// with real git and bare remotes, and the operator's bundle handed off to community-operators
/// through the fake GitHub (which records every request).
/// </summary>
public sealed class WorkspaceReleaseTests
{
    [Fact]
    public void The_operator_follows_bpfman_once_its_tag_is_pushed_through_a_kill_while_waiting_and_the_bundle_is_handed_off()
    {
        using var workspace = new BpfmanWorkspace();
        using var github = new FakeGitHub("k8s-operatorhub", "community-operators");
        var environment = github.Environment();
        CliResult Run(string? crashAt, params string[] args)
        {
            var env = new Dictionary<string, string>(environment);
            if (crashAt is not null)
            {
                env["SLIPWAY_CRASH_AT"] = crashAt;
            }

            return Tool.RunProcess(workspace.Directory.Path, args, env);
        }

        // bpfman and the docs wait for their pull requests; the operator has not changed at all.
        var started = Run(null, "release", "0.9.0", "--yes").ShouldSucceed();
        started.Out.ShouldContain("── bpfman");
        started.Out.ShouldContain("bpfman-operator v0.9.0: waiting for bpfman's tag v0.9.0 on its remote 'origin'");
        workspace.Operator.Git("branch", "--list").Trim().ShouldBe("* main");
        workspace.Operator.Git("status", "--porcelain").ShouldBeEmpty();

        // Killed while the operator waits (bpfman's tag is made and pushed, the workspace journal not yet told).
        workspace.BpfmanOrigin.MergePullRequest("release/v0.9.0");
        workspace.DocsOrigin.MergePullRequest("release/v0.9.0");
        Run("after:push-tag", "resume").ExitCode.ShouldBe(137);
        var status = Run(null, "status").ShouldSucceed().Out;
        status.ShouldContain("bpfman-operator");
        status.ShouldContain("waiting for upstream");

        // The resume finds bpfman's tag on its remote and starts the operator: its go.mod, go.sum and modules.txt follow.
        var resumed = Run(null, "resume").ShouldSucceed();
        resumed.Out.ShouldContain("bpfman v0.9.0: released");
        resumed.Out.ShouldContain("bpfman-operator v0.9.0: waiting for pull-request");
        workspace.OperatorOrigin.MergePullRequest("release/v0.9.0");

        // The operator's release ends; the hand-off opens its pull request in community-operators and waits for it.
        Run(null, "resume").ShouldSucceed().Out.ShouldContain("hand-off community-operators: waiting for pull request #101");
        github.PullRequests.Single().State = "closed";
        github.PullRequests.Single().MergedAt = "2026-11-30T00:00:00Z";
        Run(null, "resume").ShouldSucceed().Out.ShouldContain("The workspace release 0.9.0 is done");

        foreach (var origin in new[] { workspace.BpfmanOrigin, workspace.OperatorOrigin, workspace.DocsOrigin })
        {
            origin.Git("cat-file", "-t", "v0.9.0").Trim().ShouldBe("tag");
        }

        workspace.BpfmanOrigin.Show("v0.9.0", "Cargo.toml").ShouldContain("version = \"0.9.0\"");
        var goMod = workspace.OperatorOrigin.Show("v0.9.0", "go.mod");
        goMod.ShouldContain("\tgithub.com/bpfman/bpfman v0.9.0\n");
        var goSum = workspace.OperatorOrigin.Show("v0.9.0", "go.sum");
        goSum.ShouldNotContain("v0.8.0");
        goSum.ShouldContain("github.com/go-logr/logr v1.4.1 h1:logrHashStaysAsItIsxxxxxxxxxxxxxxxxxxxxxxxx=\n");
        goSum.ShouldMatch(@"github\.com/bpfman/bpfman v0\.9\.0 h1:[A-Za-z0-9+/]{43}=\ngithub\.com/bpfman/bpfman v0\.9\.0/go\.mod h1:[A-Za-z0-9+/]{43}=\n");
        workspace.OperatorOrigin.Show("v0.9.0", "vendor/modules.txt").ShouldStartWith("# github.com/bpfman/bpfman v0.9.0\n## explicit; go 1.22\n");
        workspace.OperatorOrigin.Show("v0.9.0", "Makefile").ShouldBe("VERSION ?= 0.9.0\n");
        // The after-bump command ran after the follow edits, and its change is in the release commit.
        workspace.OperatorOrigin.Show("v0.9.0", "bundle/manifests/bpfman-dependency.txt").ShouldBe("github.com/bpfman/bpfman v0.9.0\n");

        // The hand-off: one signed-off commit on its branch in the fork, the bundle as tagged, one pull request.
        var branch = "bpfman-operator-0.9.0";
        workspace.CommunityOrigin.Git("ls-tree", "-r", "--name-only", branch, "operators/bpfman-operator/").Trim().Split('\n').ShouldBe([
            "operators/bpfman-operator/0.9.0/manifests/bpfman-dependency.txt",
            "operators/bpfman-operator/0.9.0/manifests/bpfman-operator.clusterserviceversion.yaml",
            "operators/bpfman-operator/0.9.0/metadata/annotations.yaml",
        ]);
        workspace.CommunityOrigin.Show(branch, "operators/bpfman-operator/0.9.0/manifests/bpfman-operator.clusterserviceversion.yaml")
            .ShouldBe(workspace.OperatorOrigin.Show("v0.9.0", "bundle/manifests/bpfman-operator.clusterserviceversion.yaml"));
        workspace.CommunityOrigin.Git("rev-list", "--count", $"main..{branch}").Trim().ShouldBe("1");
        workspace.CommunityOrigin.Git("log", "-1", "--format=%B", branch).ShouldBe("operator bpfman-operator (0.9.0)\n\nSigned-off-by: Release Manager <releases@example.com>\n\n");
        var creates = github.Requests.Where(r => r.Method == "POST").ToList();
        creates.Select(r => r.Path).ShouldBe(["/repos/k8s-operatorhub/community-operators/pulls"]);
        var body = JsonDocument.Parse(creates[0].Body).RootElement;
        (body.GetProperty("head").GetString(), body.GetProperty("base").GetString(), body.GetProperty("title").GetString())
            .ShouldBe((branch, "main", "operator bpfman-operator (0.9.0)"));

        // Every repository is back on main, clean, with its own journal and the workspace journal beside it.
        foreach (var repository in workspace.Releasing)
        {
            repository.Git("status", "--porcelain").ShouldBeEmpty();
            File.Exists(repository.File(".git/slipway/releases/v0.9.0.json")).ShouldBeTrue();
            File.Exists(repository.File(".git/slipway/workspace/0.9.0.json")).ShouldBeTrue();
        }

        workspace.Community.Git("status", "--porcelain").ShouldBeEmpty();

        // The go.sum lines are the ones Go itself records, downloading bpfman v0.9.0 from its remote.
        using var goRoot = TestRepository.CreateEmpty();
        var go = Slipway.Core.Tests.GoToolchain.InOrSkip(goRoot.Path);
        go.Serve("bpfman/bpfman", workspace.BpfmanOrigin.Path, host: "github.com");
        var (sum, goModSum, _, error) = go.Download("github.com/bpfman/bpfman", "v0.9.0");
        error.ShouldBeNull();
        goSum.ShouldStartWith($"github.com/bpfman/bpfman v0.9.0 {sum}\ngithub.com/bpfman/bpfman v0.9.0/go.mod {goModSum}\n");
    }
}

using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests.Workspace;

/// <summary>A hand-off without a forge token: never over someone's branch, then a person's pull request, marked with 'slipway done'.</summary>
public sealed class HandoffTests
{
    [Fact]
    public void Without_a_token_the_handoff_waits_for_a_person_and_never_takes_a_branch_it_did_not_make()
    {
        using var workspace = new BpfmanWorkspace();
        CliResult Run(params string[] args) => Tool.RunProcess(workspace.Directory.Path, args);
        Run("release", "0.9.0", "--yes").ShouldSucceed();
        workspace.BpfmanOrigin.MergePullRequest("release/v0.9.0");
        workspace.DocsOrigin.MergePullRequest("release/v0.9.0");
        Run("resume").ShouldSucceed();
        workspace.OperatorOrigin.MergePullRequest("release/v0.9.0");

        // Someone's branch by the hand-off's name: refused, and left as it was.
        workspace.Community.Git("branch", "bpfman-operator-0.9.0");
        var theirs = workspace.Community.Git("rev-parse", "bpfman-operator-0.9.0").Trim();
        Run("resume").ShouldExit(3).Error.ShouldContain("SW373");
        workspace.Community.Git("rev-parse", "bpfman-operator-0.9.0").Trim().ShouldBe(theirs);
        workspace.CommunityOrigin.Ref("refs/heads/bpfman-operator-0.9.0").ShouldBeNull();

        workspace.Community.Git("branch", "-D", "bpfman-operator-0.9.0");
        var waiting = Run("resume").ShouldSucceed().Out;
        waiting.ShouldContain("hand-off community-operators: waiting for a person to open a pull request from bpfman-operator-0.9.0 into k8s-operatorhub/community-operators main");
        waiting.ShouldContain("then 'slipway done community-operators'");
        workspace.CommunityOrigin.Show("bpfman-operator-0.9.0", "operators/bpfman-operator/0.9.0/manifests/bpfman-operator.clusterserviceversion.yaml").ShouldContain("version: 0.9.0");
        workspace.Community.Git("rev-parse", "--abbrev-ref", "HEAD").Trim().ShouldBe("main"); // the clone's checkout is not touched
        workspace.Community.Git("status", "--porcelain").ShouldBeEmpty();

        Run("done", "bpfman-operator").ShouldExit(2).Error.ShouldContain("'bpfman-operator' is not a hand-off of this workspace");
        Run("done", "community-operators").ShouldSucceed().Out.ShouldContain("The workspace release 0.9.0 is done");
        Run("status").ShouldSucceed().Out.ShouldContain("marked merged by a person");
    }
}

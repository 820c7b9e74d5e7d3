using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests.Workspace;

/// <summary>
/// abort after a hand-off was pushed and proposed: it closes the pull request Slipway opened (the
/// fake GitHub records the PATCH, checked against GitHub's description) and deletes the branch on
/// the fork and in the clone, each only while it is at the commit Slipway made; a branch someone
/// pushed to since is theirs, and stays with its pull request, both named.
/// </summary>
public sealed class HandoffAbortTests
{
    private const string Branch = "bpfman-operator-0.9.0";

    [Fact]
    public void Abort_closes_the_handoffs_pull_request_and_deletes_its_branch_everywhere()
    {
        using var workspace = new BpfmanWorkspace();
        using var github = new FakeGitHub("k8s-operatorhub", "community-operators");
        var commit = Proposed(workspace, github);

        var aborted = Run(workspace, github, "abort", "--yes").ShouldSucceed().Out;

        aborted.ShouldContain("hand-off community-operators: closed pull request #101");
        aborted.ShouldContain($"deleted {Branch} on origin of {workspace.Community.Path}");
        aborted.ShouldContain($"deleted the branch {Branch} in {workspace.Community.Path}");
        aborted.ShouldContain("bpfman-operator: released, kept");
        aborted.ShouldNotContain("left:");
        var close = github.Requests.Single(r => r.Method == "PATCH");
        close.Path.ShouldBe("/repos/k8s-operatorhub/community-operators/pulls/101");
        close.Json.ToJsonString().ShouldBe("{\"state\":\"closed\"}");
        github.PullRequests.Single().State.ShouldBe("closed");
        github.PullRequests.Single().MergedAt.ShouldBeNull();
        workspace.CommunityOrigin.Ref("refs/heads/" + Branch).ShouldBeNull();
        workspace.Community.Git("branch", "--list", Branch).ShouldBeEmpty();
        workspace.Community.Git("cat-file", "-t", commit).Trim().ShouldBe("commit"); // only refs go; the objects stay
        workspace.OperatorOrigin.Git("cat-file", "-t", "v0.9.0").Trim().ShouldBe("tag");
        Run(workspace, github, "resume").ShouldExit(3).Error.ShouldContain("SW371");
    }

    [Fact]
    public void Abort_leaves_a_handoff_branch_someone_pushed_to_and_its_pull_request_and_says_so()
    {
        using var workspace = new BpfmanWorkspace();
        using var github = new FakeGitHub("k8s-operatorhub", "community-operators");
        var commit = Proposed(workspace, github);

        // A reviewer's fix-up on the hand-off's branch, pushed to the fork from another clone.
        var tree = workspace.Community.Git("rev-parse", commit + "^{tree}").Trim();
        var theirs = workspace.Community.Git("commit-tree", tree, "-p", commit, "-m", "fix the CSV's description").Trim();
        workspace.Community.Git("push", "-q", "origin", $"{theirs}:refs/heads/{Branch}");

        var aborted = Run(workspace, github, "abort", "--yes").ShouldSucceed().Out;

        aborted.ShouldContain($"left: {Branch} on origin of {workspace.Community.Path}: it is at {theirs[..7]}, not at {commit[..7]} that Slipway pushed, so someone pushed to it");
        aborted.ShouldContain("left: pull request #101 (");
        aborted.ShouldContain("its branch holds someone else's commits now");
        aborted.ShouldContain($"deleted the branch {Branch} in {workspace.Community.Path}"); // the clone's own branch is still Slipway's
        github.Requests.ShouldNotContain(r => r.Method == "PATCH");
        github.PullRequests.Single().State.ShouldBe("open");
        workspace.CommunityOrigin.Ref("refs/heads/" + Branch).ShouldBe(theirs);
    }

    // The whole workspace released, the hand-off's branch pushed and its pull request (#101) open: the commit Slipway made.
    private static string Proposed(BpfmanWorkspace workspace, FakeGitHub github)
    {
        Run(workspace, github, "release", "0.9.0", "--yes").ShouldSucceed();
        workspace.BpfmanOrigin.MergePullRequest("release/v0.9.0");
        workspace.DocsOrigin.MergePullRequest("release/v0.9.0");
        Run(workspace, github, "resume").ShouldSucceed();
        workspace.OperatorOrigin.MergePullRequest("release/v0.9.0");
        Run(workspace, github, "resume").ShouldSucceed().Out.ShouldContain("hand-off community-operators: waiting for pull request #101");
        var commit = workspace.CommunityOrigin.Ref("refs/heads/" + Branch).ShouldNotBeNull();
        workspace.Community.Git("rev-parse", Branch).Trim().ShouldBe(commit);
        return commit;
    }

    private static CliResult Run(BpfmanWorkspace workspace, FakeGitHub github, params string[] args) =>
        Tool.RunProcess(workspace.Directory.Path, args, github.Environment());
}

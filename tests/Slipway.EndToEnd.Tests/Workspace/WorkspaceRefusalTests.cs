using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests.Workspace;

/// <summary>A workspace release that must not start, one that waits for an upstream that never comes (then abort), and its dry run.</summary>
public sealed class WorkspaceRefusalTests
{
    [Fact]
    public void A_dirty_downstream_stops_every_repository_before_the_first_edit()
    {
        using var workspace = new BpfmanWorkspace(handoff: false);
        workspace.Operator.Write("controllers/wip.go", "package controllers\n");
        var before = workspace.Releasing.Select(r => r.Git("for-each-ref")).ToList();

        var result = Tool.RunProcess(workspace.Directory.Path, ["release", "0.9.0", "--yes"]).ShouldExit(3);

        result.Error.ShouldContain("SW307");
        result.Error.ShouldContain("bpfman-operator cannot be released, so nothing was changed in any");
        result.Error.ShouldContain("controllers/wip.go");
        workspace.Releasing.Select(r => r.Git("for-each-ref")).ShouldBe(before);
        workspace.Bpfman.Git("status", "--porcelain").ShouldBeEmpty();
        workspace.BpfmanOrigin.Git("for-each-ref", "--format=%(refname)").Trim().Split('\n').ShouldBe(["refs/heads/main", "refs/tags/v0.8.0"]);
        foreach (var repository in workspace.Releasing)
        {
            Directory.Exists(repository.File(".git/slipway/releases")).ShouldBeFalse();
            File.Exists(repository.File(".git/slipway/workspace/0.9.0.json")).ShouldBeFalse(); // only the workspace lock's file is there
        }
    }

    [Fact]
    public void A_patch_release_from_a_tag_is_refused_in_a_workspace_with_why_and_how_to_patch_instead()
    {
        using var workspace = new BpfmanWorkspace(handoff: false);

        foreach (var args in new[] { new[] { "release", "0.8.1", "--from", "v0.8.0", "--yes" }, ["release", "0.8.1", "--from", "v0.8.0", "--dry-run"] })
        {
            var refused = Tool.RunProcess(workspace.Directory.Path, args).ShouldExit(2).Error;
            refused.ShouldContain($"--from v0.8.0 patches one repository's release on its patch branch, but {workspace.Directory.Path}/slipway.workspace.yaml releases 3 repositories");
            refused.ShouldContain("patch each repository in its own clone");
            refused.ShouldContain("SW201");
        }

        foreach (var repository in workspace.Releasing)
        {
            repository.Git("branch", "--list").Trim().ShouldBe("* main");
            Directory.Exists(repository.File(".git/slipway/workspace")).ShouldBeFalse();
        }

        // In the clone itself, without the workspace, the patch release is the one repository's.
        Tool.RunProcess(workspace.Bpfman.Path, ["release", "0.8.1", "--from", "v0.8.0", "--dry-run"]).ShouldSucceed().Out.ShouldContain("patching v0.8.0");
    }

    [Fact]
    public void A_downstream_waits_for_an_upstream_that_is_never_tagged_and_abort_undoes_only_what_the_release_made()
    {
        using var workspace = new BpfmanWorkspace(handoff: false);
        workspace.Operator.Git("branch", "feature/someone-elses-work");
        var run = Tool.RunProcess(workspace.Directory.Path, ["release", "0.9.0", "--yes"]).ShouldSucceed();
        run.Out.ShouldContain("bpfman-operator v0.9.0: waiting for bpfman's tag v0.9.0 on its remote 'origin'");

        // Resuming without the merge changes nothing: the operator keeps waiting, and status says for what.
        Tool.RunProcess(workspace.Directory.Path, ["resume"]).ShouldSucceed().Out.ShouldContain("bpfman-operator v0.9.0: waiting for bpfman's tag");
        var status = System.Text.Json.JsonDocument.Parse(Tool.RunProcess(workspace.Directory.Path, ["status", "--json"]).ShouldSucceed().Out).RootElement;
        var waiting = status.GetProperty("workspace").GetProperty("repositories")[1];
        (waiting.GetProperty("name").GetString(), waiting.GetProperty("state").GetString(), waiting.GetProperty("waiting").GetString())
            .ShouldBe(("bpfman-operator", "upstream", "bpfman's tag v0.9.0 on its remote 'origin'"));
        status.GetProperty("releases").GetProperty("bpfman").GetProperty("steps").EnumerateArray().Last(s => s.GetProperty("status").GetString() != "pending").GetProperty("name").GetString().ShouldBe("pull-request");

        var aborted = Tool.RunProcess(workspace.Directory.Path, ["abort", "--yes"]).ShouldSucceed().Out;
        aborted.ShouldContain("Aborted the workspace release 0.9.0.");
        workspace.Bpfman.Git("branch", "--list", "release/*").ShouldBeEmpty();
        workspace.Docs.Git("branch", "--list", "release/*").ShouldBeEmpty();
        workspace.Operator.Git("branch", "--list").Trim().Split('\n').Select(b => b.Trim()).ShouldBe(["feature/someone-elses-work", "* main"]);
        foreach (var repository in workspace.Releasing)
        {
            repository.Git("status", "--porcelain").ShouldBeEmpty();
            repository.Git("rev-parse", "--abbrev-ref", "HEAD").Trim().ShouldBe("main");
        }

        Tool.RunProcess(workspace.Directory.Path, ["resume"]).ShouldExit(3).Error.ShouldContain("SW371");
    }

    [Fact]
    public void The_dry_run_shows_every_repository_in_order_with_the_follow_edits_and_the_handoff_and_changes_nothing()
    {
        using var workspace = new BpfmanWorkspace();
        var before = workspace.Releasing.Select(r => r.Snapshot()).ToList();

        var plan = Tool.RunProcess(workspace.Directory.Path, ["release", "0.9.0", "--dry-run"]).ShouldSucceed().Out;

        var (bpfman, @operator, docs) = (plan.IndexOf("── bpfman\n", StringComparison.Ordinal), plan.IndexOf("── bpfman-operator (starts once bpfman is tagged", StringComparison.Ordinal), plan.IndexOf("── bpfman-docs", StringComparison.Ordinal));
        bpfman.ShouldBeGreaterThanOrEqualTo(0, plan);
        @operator.ShouldBeGreaterThan(bpfman, plan);
        docs.ShouldBeGreaterThan(@operator, plan);
        var operatorPlan = plan[@operator..docs];
        operatorPlan.ShouldContain("follow");
        operatorPlan.ShouldContain("go.mod:6:");
        operatorPlan.ShouldContain("v0.8.0 → v0.9.0");
        operatorPlan.ShouldContain("+github.com/bpfman/bpfman v0.9.0 h1:");
        operatorPlan.ShouldContain("+# github.com/bpfman/bpfman v0.9.0");
        operatorPlan.ShouldContain("$ sh hack/bundle.sh");
        plan.ShouldContain("── hand-off community-operators (after bpfman-operator is released)");
        plan.ShouldContain("copy bpfman-operator:bundle/ (at the tag) to");
        plan.ShouldContain("open a pull request into k8s-operatorhub/community-operators main: \"operator bpfman-operator (0.9.0)\"");
        workspace.Releasing.Select(r => r.Snapshot()).ShouldBe(before);
        workspace.Releasing.All(r => !Directory.Exists(r.File(".git/slipway/workspace"))).ShouldBeTrue();
    }

    [Fact]
    public void A_downstream_release_resumed_outside_its_workspace_says_where_to_run_it()
    {
        using var workspace = new BpfmanWorkspace(handoff: false);
        Tool.RunProcess(workspace.Directory.Path, ["release", "0.9.0", "--yes"]).ShouldSucceed();
        workspace.BpfmanOrigin.MergePullRequest("release/v0.9.0");
        Tool.RunProcess(workspace.Directory.Path, ["resume"]).ShouldSucceed().Out.ShouldContain("bpfman-operator v0.9.0: waiting for pull-request");

        // The operator's own journal records what it follows: a resume in its clone alone cannot finish it, and says why.
        File.ReadAllText(workspace.Operator.File(".git/slipway/releases/v0.9.0.json")).ShouldContain("\"follows\": {\n      \"bpfman\": \"0.9.0\"");
        workspace.Operator.Git("reset", "-q", "--hard", "HEAD");
        var journal = workspace.Operator.File(".git/slipway/releases/v0.9.0.json");
        File.WriteAllText(journal, File.ReadAllText(journal).Replace("\"name\": \"follow\",\n      \"status\": \"done\"", "\"name\": \"follow\",\n      \"status\": \"pending\"", StringComparison.Ordinal));
        Tool.RunProcess(workspace.Operator.Path, ["resume"]).ShouldExit(2).Error.ShouldContain("SW265");
    }
}

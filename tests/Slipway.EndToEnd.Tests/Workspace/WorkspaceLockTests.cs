using System.Diagnostics;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests.Workspace;

/// <summary>
/// One workspace command at a time: release, resume, done and abort take a lock beside the workspace
/// journal in every repository; of several at once one runs and the others fail at once (SW374),
/// naming the holder, and the workspace release ends as one command alone would leave it.
/// </summary>
public sealed class WorkspaceLockTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_workspace_command_fails_at_once_while_another_holds_the_lock_of_any_repository()
    {
        using var workspace = new BpfmanWorkspace(handoff: false);
        using (new LockHolder(workspace.Docs.File(".git/slipway/workspace/lock")))
        {
            var refused = Tool.RunProcess(workspace.Directory.Path, ["release", "0.9.0", "--yes"]).ShouldExit(3).Error;
            refused.ShouldContain($"another Slipway command is running this workspace release (its owner is not recorded, holding {workspace.Docs.File(".git/slipway/workspace/lock")}); nothing was done");
            refused.ShouldContain("[SW374]");
        }

        foreach (var repository in workspace.Releasing)
        {
            repository.Git("branch", "--list").Trim().ShouldBe("* main");
            File.Exists(repository.File(".git/slipway/workspace/0.9.0.json")).ShouldBeFalse();
        }

        Tool.RunProcess(workspace.Directory.Path, ["release", "0.9.0", "--yes"]).ShouldSucceed();
        var journal = workspace.Bpfman.File(".git/slipway/workspace/0.9.0.json");
        var before = File.ReadAllText(journal);
        using (new LockHolder(workspace.Operator.File(".git/slipway/workspace/lock")))
        {
            foreach (var command in new[] { new[] { "resume" }, ["done", "community-operators"], ["abort", "--yes"] })
            {
                Tool.RunProcess(workspace.Directory.Path, command).ShouldExit(3).Error.ShouldContain("[SW374]", customMessage: string.Join(' ', command));
            }

            Tool.RunProcess(workspace.Directory.Path, ["status"]).ShouldSucceed(); // reading never waits
        }

        File.ReadAllText(journal).ShouldBe(before);
        workspace.Bpfman.Git("branch", "--list", "release/*").ShouldContain("release/v0.9.0");
    }

    [Fact]
    public async Task Several_resumes_at_once_end_as_one_resume_would_and_each_succeeds_or_fails_with_the_lock_code()
    {
        using var workspace = new BpfmanWorkspace(handoff: false);
        Tool.RunProcess(workspace.Directory.Path, ["release", "0.9.0", "--yes"]).ShouldSucceed();
        workspace.BpfmanOrigin.MergePullRequest("release/v0.9.0");
        workspace.DocsOrigin.MergePullRequest("release/v0.9.0");

        // One resume first (it tags and pushes bpfman and the docs, then starts the operator); five more start while it holds the lock.
        var first = Task.Run(() => Tool.RunProcess(workspace.Directory.Path, ["resume"]));
        var owner = workspace.Bpfman.File(".git/slipway/workspace/lock.owner");
        SpinWait.SpinUntil(() => first.IsCompleted || SafeRead(owner).Contains("slipway resume", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        var clock = Stopwatch.StartNew();
        var others = Enumerable.Range(0, 5).Select(_ => Task.Run(() => Tool.RunProcess(workspace.Directory.Path, ["resume"]))).ToList();
        var results = (await Task.WhenAll(others)).Prepend(await first).ToList();

        var locked = results.Where(r => r.ExitCode == 3 && r.Error.Contains("[SW374]", StringComparison.Ordinal)).ToList();
        foreach (var result in results.Except(locked))
        {
            result.ShouldSucceed().Out.ShouldContain("bpfman-operator v0.9.0: waiting for pull-request");
        }

        output.WriteLine($"{results.Count - locked.Count} of {results.Count} resumes ran, {locked.Count} failed with SW374, in {clock.Elapsed.TotalSeconds:F1} s");
        results[0].ShouldSucceed();
        locked.ShouldAllBe(r => r.Error.Contains("(pid ", StringComparison.Ordinal) && r.Error.Contains(": slipway resume, holding ", StringComparison.Ordinal));

        // The end state of one resume: bpfman and the docs tagged once, the operator's release started once.
        foreach (var origin in new[] { workspace.BpfmanOrigin, workspace.DocsOrigin })
        {
            origin.Git("tag", "--list", "v0.9.*").Trim().ShouldBe("v0.9.0");
        }

        workspace.OperatorOrigin.Git("rev-list", "--count", "main..release/v0.9.0").Trim().ShouldBe("1");
        workspace.Operator.Git("status", "--porcelain").ShouldBeEmpty();
        var status = Tool.RunProcess(workspace.Directory.Path, ["status", "--json"]).ShouldSucceed().Out;
        var repositories = System.Text.Json.JsonDocument.Parse(status).RootElement.GetProperty("workspace").GetProperty("repositories");
        repositories.EnumerateArray().Select(r => r.GetProperty("state").GetString()).ShouldBe(["released", "releasing", "released"]);
        File.Exists(owner).ShouldBeFalse();
    }

    private static string SafeRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}

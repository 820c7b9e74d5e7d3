using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests.SafeWrites;

/// <summary>
/// The workspace's side of the window a single release had (<see cref="ReleaseKillSweepTests"/>): the
/// workspace 'resume' that finishes bpfman's release, killed once bpfman's journal records its last
/// step and before the cleanup that follows. The workspace took a release its journal calls finished
/// for released, so the merged release branch and the checkout on it stayed for good. Every save of
/// bpfman's journal in that command (the fsync of its journal directory) is a kill point; after each,
/// the next 'resume' must leave every repository and remote as a 'resume' never killed does. A default
/// run kills at the last two (the save of the finished release, which failed before the fix, and the
/// cleanup's own); SLIPWAY_KILL_SWEEP=full at every one.
/// </summary>
public sealed class WorkspaceCleanupKillTests(ITestOutputHelper output)
{
    [Fact]
    public void A_workspace_resume_killed_between_a_repositorys_last_step_and_its_cleanup_is_finished_by_the_next_resume()
    {
        Assert.SkipWhen(SyscallKiller.Unavailable is not null, SyscallKiller.Unavailable ?? string.Empty);
        List<KillPoint> saves;
        string expected;
        using (var reference = Ready())
        {
            var journals = reference.Bpfman.File(".git/slipway/releases") + ">";
            saves = SyscallKiller.Census(reference.Directory.Path, ["resume"], journals).Where(p => p.Syscall == "fsync").ToList();
            expected = State(reference);
        }

        expected.ShouldContain("bpfman: HEAD refs/heads/main\nrefs/heads/main\n"); // the reference run did clean up
        saves.Count.ShouldBeGreaterThanOrEqualTo(2);
        var points = Environment.GetEnvironmentVariable("SLIPWAY_KILL_SWEEP") == "full" ? saves : saves[^2..];
        var failures = SyscallKiller.Sweep(points, point =>
        {
            using var workspace = Ready();
            var killed = SyscallKiller.RunKilledAt(workspace.Directory.Path, ["resume"], point);
            if (killed.ExitCode != 137)
            {
                return $"{point}: the command was not killed: {killed}";
            }

            var resumed = Tool.RunProcess(workspace.Directory.Path, ["resume"]);
            var state = State(workspace);
            return resumed.ExitCode == 0 && state == expected ? null : $"resume killed at {point}, then resumed ({resumed.ExitCode}: {resumed.Error}):\n{state}\nexpected:\n{expected}";
        });
        output.WriteLine($"bpfman's journal saved {saves.Count} times in the resume ({string.Join(", ", saves.Select(p => $"{p.Syscall}#{p.Occurrence}"))}); killed at {points.Count}");
        failures.ShouldBeEmpty();
    }

    /// <summary>The workspace with bpfman's pull request merged: the next 'resume' tags bpfman, cleans up after it, and starts the operator.</summary>
    private static BpfmanWorkspace Ready()
    {
        var workspace = new BpfmanWorkspace(handoff: false);
        Tool.RunProcess(workspace.Directory.Path, ["release", "0.9.0", "--yes"]).ShouldSucceed();
        workspace.BpfmanOrigin.MergePullRequest("release/v0.9.0");
        return workspace;
    }

    // Each repository's checkout and branches, and its remote's branches and tags (names: the operator's release commit has a new id each run).
    private static string State(BpfmanWorkspace workspace) => string.Join("\n", new[] { ("bpfman", workspace.Bpfman, workspace.BpfmanOrigin), ("bpfman-operator", workspace.Operator, workspace.OperatorOrigin), ("bpfman-docs", workspace.Docs, workspace.DocsOrigin) }
        .Select(r => $"{r.Item1}: HEAD {r.Item2.Git("symbolic-ref", "HEAD").Trim()}\n{r.Item2.Git("for-each-ref", "--format=%(refname)", "refs/heads/", "refs/tags/")}"
            + $"origin: {r.Item3.Git("for-each-ref", "--format=%(refname)", "refs/heads/", "refs/tags/")}"));
}

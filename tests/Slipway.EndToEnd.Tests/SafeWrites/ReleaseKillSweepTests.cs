using System.Diagnostics;
using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests.SafeWrites;

/// <summary>
/// Issue 9's proof for the release: each command of a whole release (release, the resumes after the
/// merges, done) is killed by strace on entering each write, rename and unlink its own process makes,
/// inside every step (journal saves, the bump, pins, copies, the notes file). After each kill the next
/// command finds every reference at one version and no temporary file, and <c>slipway resume</c>
/// finishes the release exactly as an uninterrupted run does. A default run kills at a few points
/// spread over the first commands (the census still counts every command it runs); the full sweep,
/// SLIPWAY_KILL_SWEEP=full, kills at every point of every command (SLIPWAY_KILL_SWEEP_JOBS at a time).
/// </summary>
public sealed class ReleaseKillSweepTests(ITestOutputHelper output)
{
    [Fact]
    public void KubeOpenCode_release_killed_at_any_write_and_resumed_is_the_same_release()
    {
        Assert.SkipWhen(SyscallKiller.Unavailable is not null, SyscallKiller.Unavailable ?? string.Empty);
        Sweep(ReleaseScenario.KubeOpenCode, sampledStages: 3, perStage: 1);
    }

    [Fact]
    public void Bpfman_release_killed_at_any_write_and_resumed_is_the_same_release()
    {
        Assert.SkipWhen(SyscallKiller.Unavailable is not null, SyscallKiller.Unavailable ?? string.Empty);
        Skip.IfNoCargo();
        Sweep(ReleaseScenario.Bpfman, sampledStages: 1, perStage: 3);
    }

    [Fact]
    public void A_skip_killed_at_any_write_and_resumed_is_the_same_release()
    {
        Assert.SkipWhen(SyscallKiller.Unavailable is not null, SyscallKiller.Unavailable ?? string.Empty);
        Sweep(ReleaseScenario.KubeOpenCodeSkip, sampledStages: 1, perStage: 3);
    }

    [Fact]
    public void The_development_step_killed_at_any_write_and_resumed_is_the_same_release()
    {
        // 'done announce' runs the development step: its branch, its edits, its commit and push.
        Assert.SkipWhen(SyscallKiller.Unavailable is not null, SyscallKiller.Unavailable ?? string.Empty);
        Sweep(ReleaseScenario.KubeOpenCodeDevelopment, sampledStages: 1, perStage: 3, firstStage: 3);
    }

    [Fact]
    public void A_release_into_one_changelog_killed_at_any_write_and_resumed_holds_its_notes_once()
    {
        // The notes step of a CHANGELOG.md of every release reads the file and puts the notes above
        // the earlier ones: killed after its write, the step runs again on the file it wrote.
        Assert.SkipWhen(SyscallKiller.Unavailable is not null, SyscallKiller.Unavailable ?? string.Empty);
        Sweep(ReleaseScenario.KubeOpenCodeChangelog, sampledStages: 1, perStage: 3);
    }

    [Fact]
    public void Resume_after_a_finished_release_says_it_is_finished()
    {
        // Found by the sweep: 'done' killed as it released the lock, after the release was complete,
        // printed nothing, and 'resume' then only said "no release is in progress; start one".
        using var run = ReleaseScenario.KubeOpenCode.Start();
        run.RunStagesBefore(ReleaseScenario.KubeOpenCode.Stages.Count);

        var resume = Tool.Run(run.Repo.Path, "resume").ShouldExit(3);

        resume.Error.ShouldContain("no release is in progress: the last one, v0.2.0, is finished [SW314]");
    }

    [Fact]
    public void Done_killed_while_saving_the_finished_journal_leaves_no_temporary_file()
    {
        // Found by the full sweep: 'done' killed as it renamed the finished journal into place left the
        // journal's temporary file for good, since a finished release's journal is never saved again.
        // The next writing command removes it (the journal beside it is whole, old or new).
        Assert.SkipWhen(SyscallKiller.Unavailable is not null, SyscallKiller.Unavailable ?? string.Empty);
        var scenario = ReleaseScenario.KubeOpenCode;
        var done = scenario.Stages.Count - 1;
        var saves = Census(scenario, done).Where(p => p.Syscall == "rename" && p.Call.Contains("v0.2.0.json.tmp", StringComparison.Ordinal)).ToList();
        saves.ShouldNotBeEmpty();

        RunKilled(scenario, done, saves[^1]);
    }

    [Fact]
    public void The_last_resume_killed_between_its_last_step_and_its_cleanup_is_finished_by_the_next_resume()
    {
        // Found by the full sweep: the last 'resume' killed once the journal recording its last step
        // was durable (at the fsync of the journal's directory), before the cleanup, left the merged
        // release/v0.2.0 and release/v0.2.0-development branches for good: the release counted as
        // finished, so 'resume' said so and did nothing. Every journal save of that command is a kill
        // point here.
        Assert.SkipWhen(SyscallKiller.Unavailable is not null, SyscallKiller.Unavailable ?? string.Empty);
        var scenario = ReleaseScenario.KubeOpenCodeDevelopment;
        var last = scenario.Stages.Count - 1;
        var saves = Census(scenario, last).Where(p => p.Syscall == "fsync" && p.Call.Contains("/.git/slipway/releases>", StringComparison.Ordinal)).ToList();
        saves.Count.ShouldBeGreaterThanOrEqualTo(2);

        foreach (var point in saves)
        {
            RunKilled(scenario, last, point);
        }
    }

    /// <param name="sampledStages">How many commands, from the first, a default run kills in.</param>
    /// <param name="firstStage">The first command a default run kills in.</param>
    private void Sweep(ReleaseScenario scenario, int sampledStages, int perStage, int firstStage = 0)
    {
        var full = Environment.GetEnvironmentVariable("SLIPWAY_KILL_SWEEP") == "full";
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var counts = new List<string>();
        var killedAt = 0;
        for (var stage = full ? 0 : firstStage; stage < (full ? scenario.Stages.Count : firstStage + sampledStages); stage++)
        {
            var census = Census(scenario, stage);
            counts.Add($"{string.Join(' ', scenario.Stages[stage].Command)}: {census.Count}");
            var points = full ? census : SyscallKiller.Sample(census, perStage + 2).Skip(1).Take(perStage).ToList();
            killedAt += points.Count;
            var killedStage = stage;
            failures.AddRange(SyscallKiller.Sweep(points, point =>
            {
                try
                {
                    RunKilled(scenario, killedStage, point);
                    return null;
                }
                catch (Exception e) when (e is Shouldly.ShouldAssertException or InvalidOperationException)
                {
                    return $"{string.Join(' ', scenario.Stages[killedStage].Command)} killed at {point}: {e.Message}";
                }
            }));
        }

        output.WriteLine($"{scenario.Name}: kill points per command: {string.Join("; ", counts)}; killed at {killedAt} in {clock.Elapsed.TotalSeconds:F0} s");
        failures.ShouldBeEmpty();
    }

    private static IReadOnlyList<KillPoint> Census(ReleaseScenario scenario, int stage)
    {
        using var run = scenario.Start();
        run.RunStagesBefore(stage);
        return SyscallKiller.Census(run.Repo.Path, scenario.Stages[stage].Command, run.Repo.Path);
    }

    private static void RunKilled(ReleaseScenario scenario, int stage, KillPoint point)
    {
        using var run = scenario.Start();
        run.RunStagesBefore(stage);
        var killed = SyscallKiller.RunKilledAt(run.Repo.Path, scenario.Stages[stage].Command, point);
        killed.ExitCode.ShouldBe(137, $"the command was not killed: {killed}");

        // The next command settles any interrupted write: one version everywhere, nothing temporary.
        var show = Tool.Run(run.Repo.Path, "show", "--json").ShouldSucceed();
        JsonDocument.Parse(show.Out).RootElement.GetProperty("consistent").GetBoolean().ShouldBeTrue(show.Out);
        run.Repo.Git("status", "--porcelain", "--ignored", "--untracked-files=all").ShouldNotContain(".slipway-new");
        ManyFiles.WriteState(run.Repo).ShouldBeEmpty();

        run.Finish(stage);
    }
}

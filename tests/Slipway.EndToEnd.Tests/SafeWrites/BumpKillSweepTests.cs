using System.Diagnostics;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests.SafeWrites;

/// <summary>
/// Issue 9, items 3 and 6: <c>slipway bump</c> on 200 files named by a glob, killed (SIGKILL, by
/// strace) on entering each write, truncation, flush, rename, unlink and mkdir it makes. After each
/// kill the next command (<c>show</c>) leaves the work tree exactly all old or exactly all new: no
/// reference at the other version, no temporary file, nothing else changed, and no record left.
/// A default run kills at a spread sample; SLIPWAY_KILL_SWEEP=full kills at every point.
/// </summary>
public sealed class BumpKillSweepTests(ITestOutputHelper output)
{
    private const int Files = 200;

    [Fact]
    public void A_bump_killed_at_any_write_rename_or_unlink_is_settled_to_all_old_or_all_new()
    {
        Assert.SkipWhen(SyscallKiller.Unavailable is not null, SyscallKiller.Unavailable ?? string.Empty);
        using var template = ManyFiles.Create(Files);
        var before = template.Snapshot();
        SortedDictionary<string, string> after;
        using (var finished = ManyFiles.Copy(template))
        {
            Tool.Run(finished.Path, "bump", "2.0.0").ShouldSucceed();
            after = finished.Snapshot();
        }

        IReadOnlyList<KillPoint> census;
        using (var counted = ManyFiles.Copy(template))
        {
            census = SyscallKiller.Census(counted.Path, ["bump", "2.0.0"], counted.Path);
        }

        var sample = SyscallKiller.Sample(census, 5);
        var clock = Stopwatch.StartNew();
        var (old, bumped) = (0, 0);
        var failures = SyscallKiller.Sweep(sample, point =>
        {
            using var repo = ManyFiles.Copy(template);
            var killed = SyscallKiller.RunKilledAt(repo.Path, ["bump", "2.0.0"], point);
            if (killed.ExitCode != 137)
            {
                return $"{point}: not killed ({killed})";
            }

            var show = Tool.Run(repo.Path, "show");
            var state = repo.Snapshot();
            var isOld = state.SequenceEqual(before);
            var isNew = state.SequenceEqual(after);
            Interlocked.Add(ref old, isOld ? 1 : 0);
            Interlocked.Add(ref bumped, isNew ? 1 : 0);
            if (show.ExitCode == 0 && (isOld || isNew) && ManyFiles.WriteState(repo).Count == 0)
            {
                return null;
            }

            var stray = state.Keys.Except(before.Keys).Take(5);
            return $"{point}: show exit {show.ExitCode}, versions {string.Join(", ", ManyFiles.Versions(repo).Select(v => $"{v.Value} × '{v.Key}'"))}, " +
                $"new files [{string.Join(", ", stray)}], write state [{string.Join(", ", ManyFiles.WriteState(repo))}]\n{show.Error}";
        });

        output.WriteLine($"bump of {Files} files: {census.Count} kill points ({string.Join(", ", census.GroupBy(p => p.Syscall).Select(g => $"{g.Count()} {g.Key}"))}); " +
            $"killed at {sample.Count} in {clock.Elapsed.TotalSeconds:F0} s: {old} settled all old, {bumped} all new");
        census.Count.ShouldBeGreaterThan(4 * Files, "every file is written, renamed, and its backup written and removed");
        failures.ShouldBeEmpty();
        old.ShouldBeGreaterThan(0);
        bumped.ShouldBeGreaterThan(0);
    }
}

using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>One system call of a run at which it can be killed: the Nth call of that syscall by the process's main thread.</summary>
public sealed record KillPoint(string Syscall, int Occurrence, string Call)
{
    public override string ToString() => $"{Syscall}#{Occurrence}: {Call}";
}

/// <summary>
/// Kills the built slipway, as a real process, on entering one chosen system call, with strace's
/// fault injection (<c>-e inject=SYSCALL:signal=SIGKILL:when=N</c>): exactly kill -9 at that instant.
/// Only the main thread is traced (no -f), which is the one that does Slipway's file work, so git's
/// own processes and the runtime's threads neither count nor get killed. A census run first lists
/// every call that writes, renames or removes something under a directory.
/// </summary>
public static partial class SyscallKiller
{
    /// <summary>Every system call that changes a file or a directory.</summary>
    private const string Writes = "write,pwrite64,writev,pwritev,ftruncate,fallocate,fsync,fdatasync,syncfs,rename,renameat,renameat2,unlink,unlinkat,rmdir,mkdir,mkdirat,link,linkat,symlink,symlinkat,copy_file_range,sendfile,fchmod,chmod,fchmodat";

    private static readonly Lazy<string?> Missing = new(WhyUnavailable);

    /// <summary>Why strace cannot be used here, or null when it can.</summary>
    public static string? Unavailable => Missing.Value;

    /// <summary>Runs slipway once under strace and lists the calls that touch <paramref name="within"/>, in order.</summary>
    public static IReadOnlyList<KillPoint> Census(string directory, IReadOnlyList<string> args, string within, IReadOnlyDictionary<string, string>? environment = null)
    {
        var log = Path.Combine(Path.GetTempPath(), $"slipway-census-{Guid.NewGuid():N}.txt");
        try
        {
            Tool.RunProcessUnder(["strace", "-qq", "-y", "-e", "trace=" + Writes, "-o", log, "--"], directory, args, Quiet(environment)).ShouldSucceed();
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var points = new List<KillPoint>();
            foreach (var line in File.ReadLines(log))
            {
                if (CallLine().Match(line) is not { Success: true } match)
                {
                    continue;
                }

                var syscall = match.Groups[1].Value;
                counts[syscall] = counts.GetValueOrDefault(syscall) + 1;
                if (line.Contains(within, StringComparison.Ordinal))
                {
                    points.Add(new KillPoint(syscall, counts[syscall], line.Length > 160 ? line[..160] + "…" : line));
                }
            }

            return points;
        }
        finally
        {
            File.Delete(log);
        }
    }

    /// <summary>Runs slipway and kills it on entering <paramref name="point"/>.</summary>
    public static CliResult RunKilledAt(string directory, IReadOnlyList<string> args, KillPoint point, IReadOnlyDictionary<string, string>? environment = null) =>
        Tool.RunProcessUnder(["strace", "-qq", "-o", "/dev/null", "-e", $"inject={point.Syscall}:signal=SIGKILL:when={point.Occurrence}", "--"], directory, args, Quiet(environment));

    /// <summary>
    /// The points a default run kills at: a deterministic spread over the census (the first, the last,
    /// and evenly between), so every run covers each phase; SLIPWAY_KILL_SWEEP=full gives every point.
    /// </summary>
    public static IReadOnlyList<KillPoint> Sample(IReadOnlyList<KillPoint> census, int count)
    {
        if (Environment.GetEnvironmentVariable("SLIPWAY_KILL_SWEEP") == "full" || census.Count <= count)
        {
            return census;
        }

        return Enumerable.Range(0, count).Select(i => census[(int)((long)i * (census.Count - 1) / (count - 1))]).Distinct().ToList();
    }

    /// <summary>Runs <paramref name="kill"/> for each point, SLIPWAY_KILL_SWEEP_JOBS at a time (one by default), and returns the failures it reported.</summary>
    public static IReadOnlyList<string> Sweep(IEnumerable<KillPoint> points, Func<KillPoint, string?> kill)
    {
        var jobs = int.TryParse(Environment.GetEnvironmentVariable("SLIPWAY_KILL_SWEEP_JOBS"), out var n) && n > 0 ? n : 1;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(points, new ParallelOptions { MaxDegreeOfParallelism = jobs }, point =>
        {
            if (kill(point) is { } failure)
            {
                failures.Add(failure);
            }
        });
        return failures.Order(StringComparer.Ordinal).ToList();
    }

    // Without the runtime's diagnostics pipes and socket, nothing but the command itself touches files.
    private static Dictionary<string, string> Quiet(IReadOnlyDictionary<string, string>? environment) =>
        new(environment ?? new Dictionary<string, string>()) { ["DOTNET_EnableDiagnostics"] = "0" };

    private static string? WhyUnavailable()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("strace", ["-qq", "-o", "/dev/null", "--", "true"]) { RedirectStandardError = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"strace cannot trace here: {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "strace is not installed (build/test.sh installs it)";
        }
    }

    [GeneratedRegex(@"^([a-z0-9_]+)\(")]
    private static partial Regex CallLine();
}

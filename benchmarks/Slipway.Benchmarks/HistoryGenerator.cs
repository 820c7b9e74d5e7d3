using System.Diagnostics;

namespace Slipway.Benchmarks;

/// <summary>
/// A long release history for <c>slipway notes</c>: N pull requests landed on main (default
/// 100,000), mostly squash-merged with conventional subjects, every tenth or so a real merge of a
/// short branch, and an annotated tag v0.K.0 every 1,000 of them. Written as one fast-import stream;
/// deterministic: the same N gives the same commit ids.
/// </summary>
internal static class HistoryGenerator
{
    public const int CommitsPerRelease = 1_000;

    public static int Run(string directory, int commits)
    {
        var clock = Stopwatch.StartNew();
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            // fast-import would add a second history beside the first rather than replace it.
            Console.Error.WriteLine($"{directory} is not empty: the history is written into a new repository");
            return 1;
        }

        Directory.CreateDirectory(directory);

        // HEAD starts on a branch that never gets a commit, so 'git checkout main' fills the work tree.
        GitCommand.Run(directory, "init", "-q", "-b", "import");
        var shape = Import(directory, commits);
        GitCommand.Run(directory, "checkout", "-q", "main");
        GitCommand.Run(directory, "remote", "add", "origin", "https://github.com/bench/bench.git");

        // No commit-graph and no repack, though real clones usually have both: measured on 100,000
        // commits, a commit-graph made git log 3-6% faster on the large ranges and no faster on one
        // release, and 'git repack -a -d -f' not at all; the floor would barely move (README).
        Console.WriteLine(
            $"{commits} commits on main's first-parent line ({shape.Total} in all: {shape.Merges} merges of " +
            $"{shape.Total - commits} branch commits), {shape.Tags} tags, in {directory}: {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    private static HistoryShape Import(string directory, int commits)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardInput = true };
        foreach (var arg in new[] { "fast-import", "--quiet" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        HistoryShape shape;
        try
        {
            using var stream = new FastImportStream(process.StandardInput.BaseStream);
            shape = new HistoryWriter(stream, new Random(20200101)).Write(commits);
        }
        catch (IOException) when (process.WaitForExit(10_000) && process.ExitCode != 0)
        {
            // The pipe broke because fast-import stopped: its own message on stderr says why.
            throw new InvalidOperationException($"git fast-import failed with exit code {process.ExitCode}");
        }

        process.WaitForExit();
        return process.ExitCode == 0 ? shape : throw new InvalidOperationException($"git fast-import failed with exit code {process.ExitCode}");
    }
}

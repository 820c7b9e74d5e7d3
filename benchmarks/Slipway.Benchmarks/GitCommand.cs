using System.Diagnostics;

namespace Slipway.Benchmarks;

/// <summary>Runs git in a generated repository; a failure stops the generator.</summary>
internal static class GitCommand
{
    public static void Run(string directory, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = directory };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed");
        }
    }
}

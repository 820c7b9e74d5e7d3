using System.Diagnostics;

namespace Slipway.Core.Release;

/// <summary>The outcome of a command: its exit code, its whole output, and whether it ran out of time.</summary>
public sealed record CommandOutcome(int ExitCode, string Output, IReadOnlyList<string> Tail, bool TimedOut)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;
}

/// <summary>
/// Runs a command line of slipway.yaml with the shell, in the repository, streaming its output line by
/// line and keeping its last lines for the journal. A command that outlives its timeout is killed
/// with everything it started.
/// </summary>
public static class CommandRunner
{
    private const int TailLines = 200;

    public static CommandOutcome Run(string commandLine, string directory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, Action<string> line)
    {
        var info = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(commandLine);
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var output = new System.Text.StringBuilder();
        var tail = new Queue<string>();
        var gate = new object();
        void Receive(string? text)
        {
            if (text is null)
            {
                return;
            }

            lock (gate)
            {
                output.Append(text).Append('\n');
                tail.Enqueue(text);
                if (tail.Count > TailLines)
                {
                    tail.Dequeue();
                }

                line(text);
            }
        }

        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Receive(e.Data);
        process.ErrorDataReceived += (_, e) => Receive(e.Data);
        process.Start();
        process.StandardInput.Close(); // a command that asks for input gets end-of-file, never a hang
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var timedOut = !process.WaitForExit(timeout);
        if (timedOut)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit(); // drains the output handlers
        lock (gate)
        {
            return new CommandOutcome(timedOut ? -1 : process.ExitCode, output.ToString(), tail.ToList(), timedOut);
        }
    }
}

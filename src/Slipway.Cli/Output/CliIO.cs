namespace Slipway.Cli.Output;

/// <summary>
/// Where a run writes: results to <see cref="Out"/>, diagnostics to <see cref="Error"/>. Injected so
/// tests run commands in-process and read exactly what a user would see.
/// </summary>
internal sealed record CliIO(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal, bool NoColorRequested)
{
    // Results go through a large buffer, flushed when the command ends: Console.Out flushes on every
    // write, which costs a system call per fragment when notes for a long history are streamed.
    public static CliIO FromConsole() => new(
        new StreamWriter(new StandardOutputStream(Console.OpenStandardOutput()), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" },
        Console.Error,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 } || Environment.GetEnvironmentVariable("TERM") == "dumb");

    public static CliIO Captured(TextWriter output, TextWriter error) => new(output, error, false, false, true);
}

namespace Slipway.Cli.Output;

/// <summary>
/// Where a run writes: results to <see cref="Out"/>, diagnostics to <see cref="Error"/>. Injected so
/// tests run commands in-process and read exactly what a user would see.
/// </summary>
internal sealed record CliIO(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal, bool NoColorRequested)
{
    /// <summary>The columns tables must fit in: the terminal's, or COLUMNS; null for no limit but a wide one.</summary>
    public int? Width { get; init; }

    // Results go through a large buffer, flushed when the command ends: Console.Out flushes on every
    // write, which costs a system call per fragment when notes for a long history are streamed.
    // Diagnostics are flushed at the end of every write, as Console.Error does, but each through a
    // buffer of its own size: with none, a message went out 128 characters per system call (220 of
    // them for the 28 KB error of a release that breaks 200 fields, 'slipway api --json').
    public static CliIO FromConsole()
    {
        var io = new CliIO(
            new StreamWriter(new StandardOutputStream(Descriptor(1)), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" },
            OperatingSystem.IsWindows() ? Console.Error : new StreamWriter(Descriptor(2), new System.Text.UTF8Encoding(false), 1 << 12) { AutoFlush = true, NewLine = "\n" },
            !Console.IsOutputRedirected,
            !Console.IsErrorRedirected,
            Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 } || Environment.GetEnvironmentVariable("TERM") == "dumb")
        {
            Width = TerminalWidth.OfStandardOutput(),
        };

        // Spectre asks whether a writer is Console.Out, and creating Console.Out on Unix sets the
        // terminal's keypad mode, which prints escapes: with ours installed there, nothing else is made.
        Console.SetOut(io.Out);
        Console.SetError(io.Error);
        return io;
    }

    // On Unix, System.Console's own streams put the terminal in keypad mode before their first write,
    // which prints escape sequences; plain file streams over the descriptors write only what is given.
    private static Stream Descriptor(int descriptor) => OperatingSystem.IsWindows()
        ? (descriptor == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError())
        : new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, 1);

    public static CliIO Captured(TextWriter output, TextWriter error) => new(output, error, false, false, true);
}

namespace Slipway.Core.Files;

/// <summary>A planned change of one file: its bytes before and after.</summary>
public sealed record FileEdit(string Path, byte[] OriginalBytes, byte[] NewBytes, string OriginalText, string NewText);

/// <summary>
/// One file for <see cref="AtomicFileWriter"/> to write: its path (relative to the writer's root, or
/// absolute), the bytes it must hold until then (null: it must not exist yet), the bytes it will hold,
/// and, for a file it creates, its permissions (by default those a new file gets).
/// </summary>
public sealed record FileWrite(string Path, byte[]? Expected, byte[] Bytes, UnixFileMode? Mode = null)
{
    /// <summary>Replaces whatever the file holds when the write starts (a file the command owns: the notes, init's configuration).</summary>
    public bool Overwrites { get; init; }

    public static FileWrite Over(string path, byte[] bytes) => new(path, null, bytes) { Overwrites = true };

    /// <summary>Text written by <paramref name="write"/> as UTF-8 without a byte order mark, with "\n" line ends.</summary>
    public static FileWrite Over(string path, Action<TextWriter> write) => Over(path, Utf8(write));

    public static byte[] Utf8(Action<TextWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
        {
            write(writer);
        }

        return buffer.ToArray();
    }
}

/// <summary>One value that changes: where it is, what it holds and what it will hold.</summary>
public sealed record ValueChange(string Label, string Path, int Line, int Column, string OldValue, string NewValue);

/// <summary>A reference a bump leaves alone, and why (<c>when: final</c> during a pre-release, <c>follows</c>).</summary>
public sealed record SkippedReference(string Label, string Path, string Reason);

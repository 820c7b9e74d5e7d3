using System.Buffers;

namespace Slipway.Core.History;

/// <summary>
/// Which lines of a message's body are prose, on their bytes: not indented code, a list item, a
/// table, a quote, markup or an image, a path, a shell prompt (<c>$ </c>, <c>user@host:~$ </c>), an
/// error or log line, or a line that names a local home directory.
/// </summary>
internal static class ProseLines
{
    private static readonly byte[][] Prompts = ["$ "u8.ToArray(), "> "u8.ToArray(), "% "u8.ToArray(), "# "u8.ToArray(), "❯"u8.ToArray(), "PS "u8.ToArray(), "PS>"u8.ToArray()];
    private static readonly byte[][] LogStarts = ["Error:"u8.ToArray(), "error:"u8.ToArray(), "fatal:"u8.ToArray(), "panic:"u8.ToArray(), "warning:"u8.ToArray(), "goroutine "u8.ToArray(), "Traceback "u8.ToArray()];
    private static readonly SearchValues<byte> PromptStarts = SearchValues.Create(Prompts.Select(p => p[0]).ToArray());
    private static readonly SearchValues<byte> LogFirstBytes = SearchValues.Create(LogStarts.Select(p => p[0]).ToArray());
    private static readonly byte[][] LocalPaths = ["/home/"u8.ToArray(), "/Users/"u8.ToArray(), "/root/"u8.ToArray(), "\\Users\\"u8.ToArray()];

    // A markdown heading, or a line that is only bold text ("**What this PR does**:").
    public static bool IsLabel(ReadOnlySpan<byte> line) =>
        (line.StartsWith("#"u8) && line.TrimStart((byte)'#').StartsWith(" "u8)) || (line.StartsWith("**"u8) && line.TrimEnd(":"u8).EndsWith("**"u8));

    public static bool IsProse(ReadOnlySpan<byte> line, ReadOnlySpan<byte> trimmed)
    {
        if (line.StartsWith("    "u8) || line.StartsWith("\t"u8) || trimmed.Length == 0)
        {
            return false; // indented code
        }

        var first = trimmed[0];
        var listItem = (first is (byte)'-' or (byte)'*' or (byte)'+' && trimmed.Length > 1 && trimmed[1] == ' ')
            || (char.IsAsciiDigit((char)first) && trimmed.TrimStart("0123456789"u8) is [(byte)'.' or (byte)')', (byte)' ', ..]);
        var markup = first is (byte)'<' or (byte)'|' or (byte)'!' or (byte)'[' && !trimmed.StartsWith("[x]"u8);
        var path = first is (byte)'/' or (byte)'~' || trimmed.StartsWith("./"u8) || trimmed.StartsWith("../"u8)
            || (trimmed.Length > 2 && char.IsAsciiLetter((char)first) && trimmed[1] == ':' && trimmed[2] == '\\');
        // The prefix lists are asked only of lines whose first byte one of them starts with.
        var prompt = PromptStarts.Contains(first) && StartsWithAny(trimmed, Prompts);
        var log = LogFirstBytes.Contains(first) && StartsWithAny(trimmed, LogStarts);
        return !listItem && !markup && !path && !prompt && !log
            && !(trimmed.IndexOfAny((byte)'/', (byte)'\\') >= 0 && ContainsAny(trimmed, LocalPaths)) && !IsUserAtHostPrompt(trimmed);
    }

    // user@host:~/src$ make
    private static bool IsUserAtHostPrompt(ReadOnlySpan<byte> line)
    {
        var at = line.IndexOf((byte)'@');
        if (at <= 0 || line[..at].IndexOf((byte)' ') >= 0)
        {
            return false;
        }

        var colon = line.IndexOf((byte)':');
        return colon > at && line.IndexOf("$ "u8) > colon;
    }

    private static bool StartsWithAny(ReadOnlySpan<byte> line, byte[][] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (line.StartsWith(prefix))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(ReadOnlySpan<byte> line, byte[][] parts)
    {
        foreach (var part in parts)
        {
            if (line.IndexOf(part) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

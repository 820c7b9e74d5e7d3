using System.Text;

namespace Slipway.Core.History;

/// <summary>
/// Git trailers (<c>Key: value</c> lines of a message's last paragraph, as git interpret-trailers
/// reads them) and the few the notes keep: co-authors and breaking-change notes.
/// </summary>
internal static class TrailerBlock
{
    /// <summary>The trailers kept: co-authors and breaking-change notes (Signed-off-by and the like are dropped).</summary>
    /// <remarks>Compared as the bytes git printed: a string for every Signed-off-by key would be garbage.</remarks>
    public static bool IsKept(ReadOnlySpan<byte> key) =>
        key.SequenceEqual("BREAKING CHANGE"u8) || key.SequenceEqual("BREAKING-CHANGE"u8) || System.Text.Ascii.EqualsIgnoreCase(key, "Co-authored-by"u8);

    /// <summary>Whether a paragraph is made only of trailer lines (<c>Key: value</c>, <c>Key #value</c>, and their continuations).</summary>
    public static bool IsTrailerParagraph(ReadOnlySpan<byte> paragraph) => IsTrailerBlock(paragraph);

    // A line git would take for a trailer and nobody would write as a title: a key with a hyphen
    // (Signed-off-by, Change-Id) or BREAKING CHANGE, "Refs #12", or a value that names a person or a number.
    public static bool HasUnmistakableTrailer(ReadOnlySpan<byte> paragraph)
    {
        var lines = new MessageParser.LineCursor(paragraph);
        while (lines.Next(out var line))
        {
            if (KeyLength(line) is not { } length)
            {
                continue;
            }

            var key = line[..length];
            var value = line[(length + 1)..].TrimStart(" \t:"u8);
            if (key.SequenceEqual("BREAKING CHANGE"u8) || (key.Contains((byte)'-') && char.IsAsciiLetterUpper((char)key[0]))
                || line[length] == ' ' || value.StartsWith("#"u8) || value.StartsWith("http"u8)
                || (value.EndsWith(">"u8) && value.Contains((byte)'<') && value.Contains((byte)'@')))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTrailerBlock(ReadOnlySpan<byte> paragraph)
    {
        var lines = new MessageParser.LineCursor(paragraph);
        var any = false;
        while (lines.Next(out var line))
        {
            if (line.Length > 0 && line[0] is (byte)' ' or (byte)'\t' && any)
            {
                continue;
            }

            if (KeyLength(line) is not > 0)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    // Most trailer blocks hold only Signed-off-by: the list is made when a trailer is kept, not for every commit.
    public static List<Trailer>? KeptTrailers(ReadOnlySpan<byte> paragraph)
    {
        List<Trailer>? trailers = null;
        var lines = new MessageParser.LineCursor(paragraph);
        var keeping = false;
        while (lines.Next(out var line))
        {
            if (line.Length > 0 && line[0] is (byte)' ' or (byte)'\t')
            {
                if (keeping)
                {
                    var previous = trailers![^1];
                    trailers[^1] = previous with { Value = previous.Value + " " + MessageParser.Decode(line.Trim("\t \r"u8)) };
                }

                continue;
            }

            var keyLength = KeyLength(line)!.Value;
            var keyBytes = line[..keyLength];
            keeping = IsKept(keyBytes);
            if (keeping)
            {
                (trailers ??= []).Add(new Trailer(Encoding.ASCII.GetString(keyBytes), MessageParser.Decode(line[(keyLength + 2)..].Trim("\t \r"u8))));
            }
        }

        return trailers;
    }

    // The length of "Token" in "Token: value" or "Token #value"; BREAKING CHANGE is the one token with a space.
    internal static int? KeyLength(ReadOnlySpan<byte> line)
    {
        var length = line.StartsWith("BREAKING CHANGE"u8) ? 15 : 0;
        if (length == 0)
        {
            if (line.Length == 0 || !char.IsAsciiLetter((char)line[0]))
            {
                return null;
            }

            length = 1;
            while (length < line.Length && (char.IsAsciiLetterOrDigit((char)line[length]) || line[length] == '-'))
            {
                length++;
            }
        }

        if (length + 1 >= line.Length)
        {
            return null;
        }

        var (a, b) = (line[length], line[length + 1]);
        return (a == ':' && b is (byte)' ' or (byte)'\t') || (a == ' ' && b == '#') ? length : null;
    }
}

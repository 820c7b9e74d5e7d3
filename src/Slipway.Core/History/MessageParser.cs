using System.Text;

namespace Slipway.Core.History;

/// <summary>
/// Splits a raw commit message into subject, first paragraph and trailers. The trailer block is the
/// last paragraph when every line of it is a trailer (or continues one), as git interpret-trailers
/// reads it; Conventional Commits footers (<c>BREAKING CHANGE: …</c>, <c>Refs #12</c>) are trailers
/// too. It runs once per commit on histories of 100,000 commits, so it works on the UTF-8 bytes git
/// prints and decodes only what it returns; of the trailers it keeps those the notes use.
/// </summary>
public static class MessageParser
{
    /// <summary>The trailers kept: co-authors and breaking-change notes (Signed-off-by and the like are dropped).</summary>
    /// <remarks>Compared as the bytes git printed: a string for every Signed-off-by key would be garbage.</remarks>
    public static bool IsKept(ReadOnlySpan<byte> key) =>
        key.SequenceEqual("BREAKING CHANGE"u8) || key.SequenceEqual("BREAKING-CHANGE"u8) || System.Text.Ascii.EqualsIgnoreCase(key, "Co-authored-by"u8);

    public static (string Subject, string Text, IReadOnlyList<Trailer> Trailers) Parse(string message) =>
        Parse(Encoding.UTF8.GetBytes(message));

    public static (string Subject, string Text, IReadOnlyList<Trailer> Trailers) Parse(ReadOnlySpan<byte> message)
    {
        var (subject, text, trailers) = ParseLazily(message);
        return (subject, text is var (start, end) ? DecodeText(message[start..end]) : string.Empty, trailers);
    }

    /// <summary>
    /// Like <see cref="Parse(ReadOnlySpan{byte})"/>, but the first paragraph comes back as a byte range,
    /// to be decoded (<see cref="DecodeText"/>) only when it will be shown.
    /// </summary>
    public static (string Subject, (int Start, int End)? Text, IReadOnlyList<Trailer> Trailers) ParseLazily(ReadOnlySpan<byte> message)
    {
        var (subject, text, trailers) = Split(message);
        return (Decode(message[subject.Start..subject.End]), text, trailers);
    }

    /// <summary>Like <see cref="ParseLazily"/>, with the subject as a byte range too, for a reader that decodes it its own way.</summary>
    internal static ((int Start, int End) Subject, (int Start, int End)? Text, IReadOnlyList<Trailer> Trailers) Split(ReadOnlySpan<byte> message)
    {
        var lines = new LineCursor(message);
        (int Start, int End) subject = (0, 0);
        while (lines.Next(out var line, out var lineStart))
        {
            if (!IsBlank(line))
            {
                // Trimmed of spaces as a range, so that nothing is copied yet.
                var leading = line.Length - line.TrimStart((byte)' ').Length;
                subject = (lineStart + leading, lineStart + line.TrimEnd((byte)' ').Length);
                break;
            }
        }

        // Paragraphs are runs of non-blank lines; lines right under the subject belong to the body.
        (int Start, int End) first = (-1, -1), last = (-1, -1);
        var count = 0;
        var inParagraph = false;
        while (lines.Next(out var line, out var start))
        {
            if (IsBlank(line))
            {
                inParagraph = false;
                continue;
            }

            if (!inParagraph)
            {
                count++;
                last = (start, start + line.Length);
                first = count == 1 ? last : first;
                inParagraph = true;
            }
            else
            {
                last = (last.Start, start + line.Length);
                first = count == 1 ? last : first;
            }
        }

        if (count == 0)
        {
            return (subject, null, []);
        }

        var lastParagraph = message[last.Start..last.End];
        var hasTrailers = IsTrailerBlock(lastParagraph);
        var trailers = hasTrailers ? KeptTrailers(lastParagraph) : null;
        var textParagraphs = hasTrailers ? count - 1 : count;
        return (subject, textParagraphs == 0 ? null : first, trailers ?? []);
    }

    public static string DecodeText(ReadOnlySpan<byte> paragraph) =>
        Decode(paragraph).Replace("\r", string.Empty, StringComparison.Ordinal).Trim();

    private static bool IsTrailerBlock(ReadOnlySpan<byte> paragraph)
    {
        var lines = new LineCursor(paragraph);
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
    private static List<Trailer>? KeptTrailers(ReadOnlySpan<byte> paragraph)
    {
        List<Trailer>? trailers = null;
        var lines = new LineCursor(paragraph);
        var keeping = false;
        while (lines.Next(out var line))
        {
            if (line.Length > 0 && line[0] is (byte)' ' or (byte)'\t')
            {
                if (keeping)
                {
                    var previous = trailers![^1];
                    trailers[^1] = previous with { Value = previous.Value + " " + Decode(line.Trim("\t \r"u8)) };
                }

                continue;
            }

            var keyLength = KeyLength(line)!.Value;
            var keyBytes = line[..keyLength];
            keeping = IsKept(keyBytes);
            if (keeping)
            {
                (trailers ??= []).Add(new Trailer(Encoding.ASCII.GetString(keyBytes), Decode(line[(keyLength + 2)..].Trim("\t \r"u8))));
            }
        }

        return trailers;
    }

    // The length of "Token" in "Token: value" or "Token #value"; BREAKING CHANGE is the one token with a space.
    private static int? KeyLength(ReadOnlySpan<byte> line)
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

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    private static string Decode(ReadOnlySpan<byte> bytes) => bytes.IsEmpty ? string.Empty : Encoding.UTF8.GetString(bytes);

    /// <summary>Lines of a byte span with their start offsets, without "\n" or a trailing "\r".</summary>
    private ref struct LineCursor(ReadOnlySpan<byte> text)
    {
        private readonly ReadOnlySpan<byte> _text = text;
        private int _position;

        public bool Next(out ReadOnlySpan<byte> line) => Next(out line, out _);

        public bool Next(out ReadOnlySpan<byte> line, out int start)
        {
            start = _position;
            if (_position >= _text.Length)
            {
                line = default;
                return false;
            }

            var end = _text[_position..].IndexOf((byte)'\n');
            end = end < 0 ? _text.Length : _position + end;
            line = _text[_position..end].TrimEnd((byte)'\r');
            _position = end + 1;
            return true;
        }
    }
}

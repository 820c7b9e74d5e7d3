using System.Text;

namespace Slipway.Core.History;

/// <summary>
/// Splits a raw commit message into subject, body and trailers. The trailer block is the last
/// paragraph when every line of it is a trailer (or continues one), as git interpret-trailers reads
/// it; Conventional Commits footers (<c>BREAKING CHANGE: …</c>, <c>Refs #12</c>) are trailers too.
/// Unlike git, a paragraph right under the subject is taken for trailers only when one of its lines
/// is unmistakably one (Signed-off-by, a <c>Name &lt;email&gt;</c> value, <c>#12</c>…): a merge
/// commit's body is its pull request's title, and a title such as <c>ci: Remove public-api checks</c>
/// has the shape of a trailer. It runs once per commit on histories of 100,000 commits, so it works
/// on the UTF-8 bytes git prints and decodes only what it returns; of the trailers it keeps those
/// the notes use.
/// </summary>
public static class MessageParser
{
    /// <summary>The subject, the body (every paragraph under the subject but the trailer block) and the kept trailers.</summary>
    public static (string Subject, string Body, IReadOnlyList<Trailer> Trailers) Parse(string message)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        var (subject, body, trailers) = Split(bytes);
        return (Decode(bytes.AsSpan(subject.Start, subject.End - subject.Start)), body is var (start, end) ? Decode(bytes.AsSpan(start, end - start)) : string.Empty, trailers);
    }

    /// <summary>The subject and the body as byte ranges of the message, and the kept trailers.</summary>
    internal static ((int Start, int End) Subject, (int Start, int End)? Body, IReadOnlyList<Trailer> Trailers) Split(ReadOnlySpan<byte> message)
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
        (int Start, int End) first = (-1, -1), last = (-1, -1), beforeLast = (-1, -1);
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
                beforeLast = last;
                last = (start, start + line.Length);
                inParagraph = true;
            }
            else
            {
                last = (last.Start, start + line.Length);
            }

            first = count == 1 ? last : first;
        }

        if (count == 0)
        {
            return (subject, null, []);
        }

        var lastParagraph = message[last.Start..last.End];
        var hasTrailers = TrailerBlock.IsTrailerParagraph(lastParagraph) && (count > 1 || TrailerBlock.HasUnmistakableTrailer(lastParagraph));
        var trailers = hasTrailers ? TrailerBlock.KeptTrailers(lastParagraph) : null;
        var bodyEnd = hasTrailers ? beforeLast.End : last.End;
        return (subject, hasTrailers && count == 1 ? null : (first.Start, bodyEnd), trailers ?? []);
    }

    internal static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    internal static string Decode(ReadOnlySpan<byte> bytes) => bytes.IsEmpty ? string.Empty : Encoding.UTF8.GetString(bytes);

    /// <summary>Lines of a byte span with their start offsets, without "\n" or a trailing "\r".</summary>
    internal ref struct LineCursor(ReadOnlySpan<byte> text)
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

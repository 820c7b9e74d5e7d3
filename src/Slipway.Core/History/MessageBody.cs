using System.Buffers;
using System.Text;

namespace Slipway.Core.History;

/// <summary>
/// What the notes take from a commit's body (its paragraphs under the subject, trailers excluded):
/// a merge's pull-request title, its first line, and a change's description, the first paragraph of
/// prose. A description is never code (fenced or indented), a list, a table, a quote, markup, an
/// HTML comment or a PR template's headings, trailers, or terminal output (prompts, local paths, log
/// and error lines); it is flattened to one line and cut at a word boundary after
/// <see cref="MaxDescription"/> characters. Works on the bytes git printed and decodes only what it returns.
/// </summary>
public static class MessageBody
{
    public const int MaxDescription = 280;

    // Characters that carry no words: a paragraph of only these and digits is not prose.
    private static readonly SearchValues<char> PlainText = SearchValues.Create(" 0123456789.,;:-_=+*#/\\|()[]{}<>'\"`~!?@$%^&");

    /// <summary>The first line of the body, trimmed (the PR title GitHub writes in a merge's message); empty when there is none.</summary>
    public static string FirstLine(ReadOnlySpan<byte> body)
    {
        var end = body.IndexOfAny((byte)'\n', (byte)'\r');
        return Encoding.UTF8.GetString(body[..(end < 0 ? body.Length : end)].Trim(" \t"u8));
    }

    /// <summary>The description: the first prose paragraph, after the first paragraph when that is a title; empty when there is none.</summary>
    public static string Description(ReadOnlySpan<byte> body, bool afterTitle)
    {
        var lines = new MessageParser.LineCursor(body);
        int start = -1, end = -1, index = 0;
        byte fence = 0; // the character of an open code fence (` or ~)
        var inComment = false;
        while (true)
        {
            var more = lines.Next(out var line, out var at);
            var trimmed = more ? line.Trim(" \t"u8) : default;
            var skipped = inComment || fence != 0 || trimmed.StartsWith("```"u8) || trimmed.StartsWith("~~~"u8) || trimmed.IndexOf("<!--"u8) >= 0;
            if (!more || skipped || trimmed.IsEmpty)
            {
                // A paragraph ends at a blank line, and where code or a comment begins.
                if (start >= 0 && !(afterTitle && index++ == 0) && Prose(body[start..end]) is { Length: > 0 } prose)
                {
                    return prose;
                }

                start = -1;
                if (!more)
                {
                    return string.Empty;
                }

                (fence, inComment) = Skip(trimmed, fence, inComment);
                continue;
            }

            (start, end) = start < 0 ? (at, at + line.Length) : (start, at + line.Length);
        }
    }

    // Where code fences and HTML comments open and close: a fence closes at its own marker, a comment at "-->".
    private static (byte Fence, bool InComment) Skip(ReadOnlySpan<byte> line, byte fence, bool inComment)
    {
        if (inComment)
        {
            return (fence, line.IndexOf("-->"u8) < 0);
        }

        if (fence != 0)
        {
            return (line.StartsWith([fence, fence, fence]) ? (byte)0 : fence, false);
        }

        if (line.StartsWith("```"u8) || line.StartsWith("~~~"u8))
        {
            return (line[0], false);
        }

        var open = line.IndexOf("<!--"u8);
        return (0, open >= 0 && line[open..].IndexOf("-->"u8) < 0);
    }

    /// <summary>The paragraph as one line when it is prose, else empty. Headings and bold labels that open it (a PR template's) are dropped.</summary>
    /// <remarks>
    /// Every line is classified on its bytes first; only a paragraph of prose is decoded, in one go,
    /// into one string: this runs for most commits of a long history.
    /// </remarks>
    private static string Prose(ReadOnlySpan<byte> paragraph)
    {
        var lines = new MessageParser.LineCursor(paragraph);
        int from = -1, bytes = 0;
        while (lines.Next(out var line, out var at))
        {
            var trimmed = line.Trim(" \t"u8);
            if (from < 0 && ProseLines.IsLabel(trimmed))
            {
                continue;
            }

            if (!ProseLines.IsProse(line, trimmed))
            {
                return string.Empty;
            }

            from = from < 0 ? at : from;
            bytes += trimmed.Length + 1;
        }

        if (from < 0 || TrailerBlock.IsTrailerParagraph(paragraph[from..]))
        {
            return string.Empty;
        }

        // The lines, trimmed and joined by one space, decoded into one buffer.
        var chars = ArrayPool<char>.Shared.Rent(bytes);
        try
        {
            var length = 0;
            var rest = new MessageParser.LineCursor(paragraph[from..]);
            while (rest.Next(out var line))
            {
                length += length > 0 ? Separator(chars, length) : 0;
                length += Encoding.UTF8.GetChars(line.Trim(" \t"u8), chars.AsSpan(length));
            }

            var prose = chars.AsSpan(0, length);
            return prose.ContainsAnyExcept(PlainText) ? Bounded(prose) : string.Empty; // words, not only numbers and punctuation
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int Separator(char[] chars, int at)
    {
        chars[at] = ' ';
        return 1;
    }

    private static string Bounded(ReadOnlySpan<char> text)
    {
        if (text.Length <= MaxDescription)
        {
            return text.ToString();
        }

        var cut = text[..MaxDescription].LastIndexOf(' ');
        return string.Concat(text[..(cut > MaxDescription / 2 ? cut : MaxDescription - 1)].TrimEnd(" ,;:-"), "…");
    }
}

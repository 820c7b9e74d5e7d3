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

    private static readonly byte[][] Prompts = ["$ "u8.ToArray(), "> "u8.ToArray(), "% "u8.ToArray(), "# "u8.ToArray(), "❯"u8.ToArray(), "PS "u8.ToArray(), "PS>"u8.ToArray()];
    private static readonly byte[][] LogStarts = ["Error:"u8.ToArray(), "error:"u8.ToArray(), "fatal:"u8.ToArray(), "panic:"u8.ToArray(), "warning:"u8.ToArray(), "goroutine "u8.ToArray(), "Traceback "u8.ToArray()];
    private static readonly byte[][] LocalPaths = ["/home/"u8.ToArray(), "/Users/"u8.ToArray(), "/root/"u8.ToArray(), "\\Users\\"u8.ToArray()];

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
    private static string Prose(ReadOnlySpan<byte> paragraph)
    {
        var lines = new MessageParser.LineCursor(paragraph);
        var text = new StringBuilder();
        var opening = true;
        while (lines.Next(out var line))
        {
            var trimmed = line.Trim(" \t"u8);
            if (opening && IsLabel(trimmed))
            {
                continue;
            }

            opening = false;
            if (!IsProseLine(line, trimmed))
            {
                return string.Empty;
            }

            text.Append(text.Length > 0 ? " " : string.Empty).Append(Encoding.UTF8.GetString(trimmed));
        }

        var prose = text.ToString();
        return prose.Length == 0 || TrailerBlock.IsTrailerParagraph(paragraph) || !prose.Any(char.IsLetter) ? string.Empty : Bounded(prose);
    }

    // A markdown heading, or a line that is only bold text ("**What this PR does**:").
    private static bool IsLabel(ReadOnlySpan<byte> line) =>
        (line.StartsWith("#"u8) && line.TrimStart((byte)'#').StartsWith(" "u8)) || (line.StartsWith("**"u8) && line.TrimEnd(":"u8).EndsWith("**"u8));

    private static bool IsProseLine(ReadOnlySpan<byte> line, ReadOnlySpan<byte> trimmed)
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
        return !listItem && !markup && !path && !StartsWithAny(trimmed, Prompts) && !StartsWithAny(trimmed, LogStarts)
            && !ContainsAny(trimmed, LocalPaths) && !IsUserAtHostPrompt(trimmed);
    }

    // user@host:~/src$ make
    private static bool IsUserAtHostPrompt(ReadOnlySpan<byte> line)
    {
        var at = line.IndexOf((byte)'@');
        var colon = line.IndexOf((byte)':');
        var dollar = line.IndexOf("$ "u8);
        return at > 0 && colon > at && dollar > colon && line[..at].IndexOf((byte)' ') < 0;
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

    private static string Bounded(string text)
    {
        if (text.Length <= MaxDescription)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxDescription - 1);
        return text[..(cut > MaxDescription / 2 ? cut : MaxDescription - 1)].TrimEnd(' ', ',', ';', ':', '-') + "…";
    }
}

namespace Slipway.Core.Editing.Locators.Make;

/// <summary>
/// A logical line of a Makefile: physical lines joined where one ends in an odd number of
/// backslashes, as make's own reader joins them before it looks at anything else (so a comment or
/// a recipe line that ends in '\' takes the next line with it).
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character, before the line break (and any '\r').</param>
/// <param name="Line">The 1-based number of its first physical line.</param>
/// <param name="Continued">Whether it spans more than one physical line.</param>
internal readonly record struct MakeLine(int Start, int End, int Line, bool Continued)
{
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>Splits a Makefile into <see cref="MakeLine"/>s.</summary>
internal static class MakeLines
{
    public static List<MakeLine> Split(string text)
    {
        var lines = new List<MakeLine>();
        var start = 0;
        var physical = 1;
        while (start < text.Length)
        {
            var first = physical;
            var position = start;
            var continued = false;
            while (true)
            {
                var newline = text.IndexOf('\n', position);
                var end = newline < 0 ? text.Length : newline;
                var content = end > position && text[end - 1] == '\r' ? end - 1 : end;
                if (newline < 0 || !EndsInEscapedNewline(text, position, content))
                {
                    lines.Add(new MakeLine(start, content, first, continued));
                    start = newline < 0 ? text.Length : newline + 1;
                    physical++;
                    break;
                }

                continued = true;
                physical++;
                position = newline + 1;
            }
        }

        return lines;
    }

    /// <summary>The physical lines of a logical line's span, for a caller that needs their starts.</summary>
    public static int LineOf(string text, MakeLine line, int offset) => line.Line + text.AsSpan(line.Start, offset - line.Start).Count('\n');

    private static bool EndsInEscapedNewline(string text, int lineStart, int contentEnd)
    {
        var backslashes = 0;
        for (var i = contentEnd - 1; i >= lineStart && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }
}

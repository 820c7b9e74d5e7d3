using System.Text;

namespace Slipway.Core.Editing.Locators.Toml;

/// <summary>
/// Reads multi-line strings (<c>"""..."""</c> and <c>'''...'''</c>). They are never edited in place,
/// but they must be read exactly: a quote run or a line-ending backslash decides where the value ends.
/// </summary>
internal static class TomlMultiLineStringReader
{
    /// <summary>The decoded value; <paramref name="inner"/> spans the text between the delimiters.</summary>
    public static string Read(TomlCursor cursor, out TextSpan inner)
    {
        var open = cursor.Position;
        var quote = cursor.Current;
        var delimiter = new string(quote, 3);
        var basic = quote == '"';
        var value = new StringBuilder();
        cursor.Position += 3;

        // A line break right after the opening delimiter is not part of the value.
        if (cursor.AtNewline)
        {
            cursor.SkipNewline();
        }

        while (true)
        {
            if (cursor.AtEnd)
            {
                throw cursor.Error($"the multi-line string that starts here is not closed; it must end with {delimiter}", open);
            }

            var c = cursor.Current;
            if (c == quote)
            {
                if (CloseQuotes(cursor, value, quote, delimiter))
                {
                    inner = TextSpan.FromBounds(open + 3, cursor.Position - 3);
                    return value.ToString();
                }
            }
            else if (cursor.AtNewline)
            {
                // Line breaks stay as written (LF or CRLF): the value is reported, never rewritten.
                var length = c == '\r' ? 2 : 1;
                value.Append(cursor.Text, cursor.Position, length);
                cursor.Position += length;
            }
            else if (c == '\\' && basic)
            {
                ReadBackslash(cursor, value);
            }
            else if (TomlCursor.IsForbiddenControl(c))
            {
                var hint = basic ? $"write it as an escape such as \\u{(int)c:X4}" : "a literal string cannot hold it; use a basic string with an escape";
                throw cursor.Error($"found {cursor.Describe(cursor.Position)} inside a multi-line string; {hint}");
            }
            else
            {
                value.Append(c);
                cursor.Position++;
            }
        }
    }

    /// <summary>
    /// Handles a run of quotes. One or two are content; three to five close the string, the extra
    /// ones (up to two) being content; six or more cannot be written without an escape.
    /// </summary>
    private static bool CloseQuotes(TomlCursor cursor, StringBuilder value, char quote, string delimiter)
    {
        var run = 0;
        while (cursor.Peek(run) == quote)
        {
            run++;
        }

        if (run > 5)
        {
            var fix = quote == '"' ? "escape one of them as \\\"" : "write such text in a basic string";
            throw cursor.Error($"found {run} {(quote == '"' ? "quotation marks" : "apostrophes")} in a row in a multi-line string; {delimiter} ends the string, so at most two may come right before it ({fix})");
        }

        value.Append(quote, run < 3 ? run : run - 3);
        cursor.Position += run;
        return run >= 3;
    }

    /// <summary>An escape, or a line-ending backslash that trims the break and the whitespace after it.</summary>
    private static void ReadBackslash(TomlCursor cursor, StringBuilder value)
    {
        var start = cursor.Position;
        var after = start + 1;
        while (after < cursor.Text.Length && cursor.Text[after] is ' ' or '\t')
        {
            after++;
        }

        if (!cursor.IsNewlineAt(after))
        {
            if (after > start + 1)
            {
                throw cursor.Error("found a backslash followed by whitespace that does not end the line; a line-ending backslash must be the last thing on its line, and '\\ ' is not an escape", start);
            }

            TomlStringReader.AppendEscape(cursor, value);
            return;
        }

        cursor.Position = after;
        while (cursor.AtNewline || cursor.Current is ' ' or '\t')
        {
            if (cursor.AtNewline)
            {
                cursor.SkipNewline();
            }
            else
            {
                cursor.Position++;
            }
        }
    }
}

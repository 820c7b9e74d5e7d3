using System.Globalization;

namespace Slipway.Core.Editing.Locators.Toml;

/// <summary>
/// The reading position in a TOML text, with the character rules every part of the reader shares
/// (whitespace, newlines, comments) and errors that carry the offset of the problem.
/// </summary>
internal sealed class TomlCursor(string text)
{
    private LineMap? _lines;

    public string Text { get; } = text;

    public int Position { get; set; }

    public bool AtEnd => Position >= Text.Length;

    /// <summary>The character at the position, or '\0' past the end (which no rule accepts).</summary>
    public char Current => Position < Text.Length ? Text[Position] : '\0';

    /// <summary>TOML's newline is LF or CRLF; a carriage return alone is not one.</summary>
    public bool AtNewline => IsNewlineAt(Position);

    public bool AtLineEnd => AtEnd || AtNewline;

    public char Peek(int ahead) => Position + ahead < Text.Length ? Text[Position + ahead] : '\0';

    public bool At(string expected) => Text.AsSpan(Position).StartsWith(expected, StringComparison.Ordinal);

    public bool IsNewlineAt(int offset) =>
        offset < Text.Length && (Text[offset] == '\n' || (Text[offset] == '\r' && offset + 1 < Text.Length && Text[offset + 1] == '\n'));

    /// <summary>Control characters TOML refuses outside escapes: all but tab (line breaks are checked separately).</summary>
    public static bool IsForbiddenControl(char c) => (c < 0x20 && c != '\t') || c == 0x7F;

    public void SkipWhitespace()
    {
        while (Current is ' ' or '\t')
        {
            Position++;
        }
    }

    /// <summary>Steps over the LF or CRLF at the position.</summary>
    public void SkipNewline() => Position += Current == '\r' ? 2 : 1;

    /// <summary>Skips a comment if one starts here, up to (not including) the line break.</summary>
    public void SkipComment()
    {
        if (Current != '#')
        {
            return;
        }

        while (!AtLineEnd)
        {
            if (IsForbiddenControl(Current))
            {
                throw Error($"found {Describe(Position)} in a comment; comments may contain any character except control characters other than tab");
            }

            Position++;
        }
    }

    /// <summary>Skips whitespace, comments and line breaks, as allowed between the items of an array.</summary>
    public void SkipTriviaAndNewlines()
    {
        while (true)
        {
            SkipWhitespace();
            SkipComment();
            if (!AtNewline)
            {
                return;
            }

            SkipNewline();
        }
    }

    /// <summary>
    /// Ends a header or a key/value pair: only whitespace and a comment may follow it on its line.
    /// False when something else follows; the cursor is then on it, for the caller's message.
    /// </summary>
    public bool TryEndLine()
    {
        SkipWhitespace();
        SkipComment();
        if (AtNewline)
        {
            SkipNewline();
            return true;
        }

        return AtEnd;
    }

    /// <summary>What the text holds at <paramref name="offset"/>, in words, for "found …" messages.</summary>
    public string Describe(int offset)
    {
        if (offset >= Text.Length)
        {
            return "the end of the file";
        }

        var c = Text[offset];
        return c switch
        {
            '\n' => "the end of the line",
            '\r' when IsNewlineAt(offset) => "the end of the line",
            '\r' => "a carriage return without a line feed (TOML lines end with LF or CRLF)",
            '\t' => "a tab",
            ' ' => "a space",
            _ when IsForbiddenControl(c) => "the control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),

            // Invisible characters (a stray byte-order mark, a no-break space) are named, or the message would show nothing.
            _ when char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control
                => "the invisible character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            _ when char.IsHighSurrogate(c) && offset + 1 < Text.Length => $"'{Text.Substring(offset, 2)}'",
            _ => $"'{c}'",
        };
    }

    public int LineOf(int offset) => (_lines ??= new LineMap(Text)).ToLineColumn(offset).Line;

    public LocateException Error(string message) => Error(message, Position);

    public LocateException Error(string message, int offset) => new($"not valid TOML: {message}", Math.Min(offset, Text.Length));
}

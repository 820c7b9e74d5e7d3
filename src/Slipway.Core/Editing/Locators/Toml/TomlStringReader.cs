using System.Globalization;
using System.Text;
using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Editing.Locators.Toml;

/// <summary>
/// Reads the four kinds of TOML strings. Only single-line strings are editable: their span covers the
/// characters between the quotes, so a replacement keeps the file's own quoting.
/// </summary>
internal static class TomlStringReader
{
    private const string Escapes = "\\b, \\t, \\n, \\f, \\r, \\\", \\\\, \\uXXXX and \\UXXXXXXXX";

    /// <summary>A string value of any kind; the cursor is on its first quote.</summary>
    public static TomlValue ReadValue(TomlCursor cursor)
    {
        var open = cursor.Position;
        if (cursor.At("\"\"\"") || cursor.At("'''"))
        {
            var basic = cursor.Current == '"';
            var text = TomlMultiLineStringReader.Read(cursor, out var inner);
            var encoding = basic ? ValueEncoding.TomlBasicString : ValueEncoding.TomlLiteralString;
            return new TomlValue(new ScalarNode(open, text, inner, encoding, "a multi-line string"), "a string", open);
        }

        var value = ReadSingleLine(cursor, out var span);
        var style = cursor.Text[open] == '"' ? ValueEncoding.TomlBasicString : ValueEncoding.TomlLiteralString;
        return new TomlValue(new ScalarNode(open, value, span, style), "a string", open);
    }

    /// <summary>A basic ("...") or literal ('...') string on one line; <paramref name="inner"/> excludes the quotes.</summary>
    public static string ReadSingleLine(TomlCursor cursor, out TextSpan inner)
    {
        var open = cursor.Position;
        var quote = cursor.Current;
        var value = new StringBuilder();
        cursor.Position++;
        while (cursor.Current != quote)
        {
            if (cursor.AtLineEnd)
            {
                var kind = quote == '"' ? "basic string (\"...\")" : "literal string ('...')";
                var multi = quote == '"' ? "\"\"\"" : "'''";
                throw cursor.Error(
                    $"the {kind} that starts here reaches {cursor.Describe(cursor.Position)} without its closing {quote}; it must close on the same line (a string over several lines is written {multi}...{multi})",
                    open);
            }

            var c = cursor.Current;
            if (c == '\\' && quote == '"')
            {
                AppendEscape(cursor, value);
                continue;
            }

            if (TomlCursor.IsForbiddenControl(c))
            {
                var hint = quote == '"' ? $"write it as an escape such as \\u{(int)c:X4}" : "a literal string cannot hold it; use a basic string with an escape";
                throw cursor.Error($"found {cursor.Describe(cursor.Position)} inside a string; {hint}");
            }

            value.Append(c);
            cursor.Position++;
        }

        cursor.Position++;
        inner = TextSpan.FromBounds(open + 1, cursor.Position - 1);
        return value.ToString();
    }

    /// <summary>Decodes the escape at the cursor (on its backslash) into <paramref name="value"/>.</summary>
    public static void AppendEscape(TomlCursor cursor, StringBuilder value)
    {
        var start = cursor.Position;
        var code = cursor.Peek(1);
        cursor.Position += 2;
        switch (code)
        {
            case 'b': value.Append('\b'); return;
            case 't': value.Append('\t'); return;
            case 'n': value.Append('\n'); return;
            case 'f': value.Append('\f'); return;
            case 'r': value.Append('\r'); return;
            case '"': value.Append('"'); return;
            case '\\': value.Append('\\'); return;
            case 'u': value.Append(ReadCodePoint(cursor, start, 4)); return;
            case 'U': value.Append(ReadCodePoint(cursor, start, 8)); return;
        }

        var written = start + 1 < cursor.Text.Length && !cursor.IsNewlineAt(start + 1) ? $"'\\{code}'" : "a backslash at the end of the line";
        var note = code is 'e' or 'x' ? " (\\e and \\xHH arrive in TOML 1.1; write \\u001B or \\u00HH)" : " (a backslash itself is written \\\\)";
        throw cursor.Error($"found {written}, which is not an escape; TOML 1.0 allows {Escapes}{note}", start);
    }

    private static string ReadCodePoint(TomlCursor cursor, int start, int digits)
    {
        var hex = cursor.Text.AsSpan(cursor.Position, Math.Min(digits, cursor.Text.Length - cursor.Position));
        var letter = digits == 4 ? 'u' : 'U';
        if (hex.Length < digits || !uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw cursor.Error($"found '\\{letter}' without {digits} hexadecimal digits after it; write exactly {digits} digits, e.g. \\{letter}{new string('0', digits - 2)}E9", start);
        }

        // Surrogates and values past U+10FFFF are not Unicode scalar values, so no TOML string can hold them.
        if (code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            throw cursor.Error($"found '\\{letter}{hex}', which is not a Unicode scalar value; escapes must name U+0000 to U+D7FF or U+E000 to U+10FFFF", start);
        }

        cursor.Position += digits;
        return char.ConvertFromUtf32((int)code);
    }
}

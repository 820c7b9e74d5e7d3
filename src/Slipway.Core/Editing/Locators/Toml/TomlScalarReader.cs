using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Editing.Locators.Toml;

/// <summary>
/// Reads the unquoted values: booleans, integers, floats and dates/times. They are checked in full
/// (a file Slipway rewrites must stay valid) but never edited, so they become non-editable scalars.
/// </summary>
internal static class TomlScalarReader
{
    public static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '+' or '-' or '.' or ':';

    /// <summary>The value at the cursor, which is on a token character.</summary>
    public static TomlValue Read(TomlCursor cursor)
    {
        var start = cursor.Position;
        var token = Scan(cursor);
        var kind = Classify(cursor, token, start);
        var node = new ScalarNode(start, token, TextSpan.FromBounds(start, cursor.Position), ValueEncoding.Raw, $"{kind}, not a string");
        return new TomlValue(node, kind, start);
    }

    private static string Scan(TomlCursor cursor)
    {
        var start = cursor.Position;
        while (IsTokenChar(cursor.Current))
        {
            cursor.Position++;
        }

        // RFC 3339 lets a space stand for the T between a date and its time: 1979-05-27 07:32:00Z.
        if (cursor.Position - start == 10 && TomlDateTimeReader.IsDate(cursor.Text.AsSpan(start, 10)) && cursor.Current == ' '
            && char.IsAsciiDigit(cursor.Peek(1)) && char.IsAsciiDigit(cursor.Peek(2)) && cursor.Peek(3) == ':')
        {
            cursor.Position++;
            while (IsTokenChar(cursor.Current))
            {
                cursor.Position++;
            }
        }

        return cursor.Text[start..cursor.Position];
    }

    private static string Classify(TomlCursor cursor, string token, int start)
    {
        var unsigned = token.TrimStart('+', '-');
        switch (token)
        {
            case "true" or "false":
                return "a boolean";
            case "inf" or "+inf" or "-inf" or "nan" or "+nan" or "-nan":
                return "a float";
        }

        if (TomlDateTimeReader.LooksLikeDateOrTime(token))
        {
            return TomlDateTimeReader.Validate(cursor, token, start);
        }

        if (unsigned.Length == 0 || char.IsAsciiDigit(unsigned[0]) || unsigned[0] == '.' || token.Length - unsigned.Length > 1)
        {
            return TomlNumberReader.Validate(cursor, token, start);
        }

        var hint = unsigned switch
        {
            _ when token.Equals("true", StringComparison.OrdinalIgnoreCase) || token.Equals("false", StringComparison.OrdinalIgnoreCase)
                => "booleans are written in lowercase: true or false",
            _ when unsigned.Equals("inf", StringComparison.OrdinalIgnoreCase) || unsigned.Equals("nan", StringComparison.OrdinalIgnoreCase)
                => "the special floats are written in lowercase: inf, +inf, -inf, nan",
            _ => $"a string must be quoted (\"{token}\" or '{token}'); unquoted values are numbers, true, false and dates",
        };
        throw cursor.Error($"found '{token}' where a value was expected; {hint}", start);
    }
}

using System.Text;

namespace Slipway.Core.Editing.Locators.Toml;

/// <summary>One part of a dotted key, decoded, with the offset where it is written.</summary>
internal readonly record struct TomlKeyPart(string Name, int Offset);

/// <summary>Reads keys: bare (<c>a-b_1</c>), quoted (<c>"a.b"</c>, <c>'a b'</c>) and dotted (<c>a . "b.c" . d</c>).</summary>
internal static class TomlKeyReader
{
    public const string BareKeyRule = "a bare key may contain only A-Z, a-z, 0-9, '_' and '-'; quote any other key (\"...\" or '...')";

    /// <summary>TOML 1.0 bare keys are ASCII only; letters of other scripts must be quoted.</summary>
    public static bool IsBareKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary>A dotted key; whitespace around the dots is allowed. Stops before whatever follows the last part.</summary>
    public static List<TomlKeyPart> Read(TomlCursor cursor)
    {
        var parts = new List<TomlKeyPart> { ReadPart(cursor) };
        while (true)
        {
            var afterPart = cursor.Position;
            cursor.SkipWhitespace();
            if (cursor.Current != '.')
            {
                cursor.Position = afterPart;
                return parts;
            }

            cursor.Position++;
            cursor.SkipWhitespace();
            parts.Add(ReadPart(cursor));
        }
    }

    /// <summary>A key as TOML would write it, for messages: <c>a."b.c".d</c>.</summary>
    public static string Format(IReadOnlyList<TomlKeyPart> key, int count = -1) =>
        string.Join('.', key.Take(count < 0 ? key.Count : count).Select(part => FormatPart(part.Name)));

    private static string FormatPart(string name)
    {
        if (name.Length > 0 && name.All(IsBareKeyChar))
        {
            return name;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in name)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < 0x20 || c == 0x7F => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private static TomlKeyPart ReadPart(TomlCursor cursor)
    {
        var start = cursor.Position;
        if (cursor.Current is '"' or '\'')
        {
            if (cursor.At("\"\"\"") || cursor.At("'''"))
            {
                throw cursor.Error("found a multi-line string where a key was expected; a quoted key is a single-line string (\"...\" or '...')");
            }

            return new TomlKeyPart(TomlStringReader.ReadSingleLine(cursor, out _), start);
        }

        while (IsBareKeyChar(cursor.Current))
        {
            cursor.Position++;
        }

        if (cursor.Position > start)
        {
            return new TomlKeyPart(cursor.Text[start..cursor.Position], start);
        }

        throw cursor.Error(cursor.Current switch
        {
            '=' => "found '=' where a key was expected; a bare key cannot be empty (an empty key is written \"\")",
            '.' => "found '.' where a key was expected; every part of a dotted key needs a name",
            _ when cursor.AtLineEnd || char.IsControl(cursor.Current) => $"found {cursor.Describe(start)} where a key was expected",
            _ => $"found {cursor.Describe(start)} where a key was expected; {BareKeyRule}",
        });
    }
}

using System.Text;

namespace Slipway.Core.Editing;

/// <summary>Writes a value so that it reads back as itself in the place it replaces.</summary>
public static class ValueEncoder
{
    /// <summary>The text to splice in, or an exception when the value cannot be written in that style.</summary>
    /// <exception cref="LocateException">The value cannot be represented there without changing the quoting.</exception>
    public static string Encode(string value, ValueEncoding encoding) => encoding switch
    {
        ValueEncoding.Raw => RefuseLineBreaks(value, "this place"),
        ValueEncoding.JsonString or ValueEncoding.TomlBasicString or ValueEncoding.YamlDoubleQuoted => EscapeBackslashed(value),
        ValueEncoding.YamlSingleQuoted => RefuseControl(value, "a single-quoted YAML scalar").Replace("'", "''", StringComparison.Ordinal),
        ValueEncoding.YamlPlain => PlainYaml(value),
        ValueEncoding.TomlLiteralString => value.Contains('\'', StringComparison.Ordinal)
            ? throw new LocateException($"'{value}' cannot be written inside a TOML literal string ('...'); use a basic string (\"...\") in the file")
            : RefuseControl(value, "a TOML literal string"),
        ValueEncoding.XmlText => EscapeXml(value, attribute: false),
        ValueEncoding.XmlAttribute => EscapeXml(value, attribute: true),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };

    private static string RefuseLineBreaks(string value, string where) =>
        value.AsSpan().IndexOfAny('\r', '\n') >= 0
            ? throw new LocateException($"a value with a line break cannot be written in {where}")
            : value;

    // Styles without escapes can hold no control character but the tab.
    private static string RefuseControl(string value, string where) =>
        value.Any(c => IsControl(c) && c != '\t')
            ? throw new LocateException($"a value with a line break or control character cannot be written in {where}")
            : value;

    private static bool IsControl(char c) => c < 0x20 || c == 0x7F;

    private static string EscapeBackslashed(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                // JSON, TOML basic strings and YAML double-quoted scalars all read \uXXXX.
                _ when IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    // A plain scalar must read back as the same string: no indicator at the start, no ": " or " #"
    // inside, and nothing that YAML would resolve to another type (a number, a boolean, null).
    private static string PlainYaml(string value)
    {
        var unsafeStart = value.Length == 0 || "-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal) || char.IsWhiteSpace(value[0]);
        var unsafeInside = value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal)
            || value.EndsWith(':') || (value.Length > 0 && char.IsWhiteSpace(value[^1])) || value.AsSpan().IndexOfAny('\r', '\n') >= 0;
        var resolvesToOtherType = double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            || value is "true" or "false" or "True" or "False" or "TRUE" or "FALSE" or "yes" or "no" or "on" or "off" or "null" or "Null" or "NULL" or "~";
        if (unsafeStart || unsafeInside || resolvesToOtherType)
        {
            throw new LocateException($"'{value}' would not read back as the same string in a plain (unquoted) YAML scalar; quote the value in the file");
        }

        return value;
    }

    private static string EscapeXml(string value, bool attribute)
    {
        var text = value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
        return attribute ? text.Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&apos;", StringComparison.Ordinal) : text.Replace(">", "&gt;", StringComparison.Ordinal);
    }
}

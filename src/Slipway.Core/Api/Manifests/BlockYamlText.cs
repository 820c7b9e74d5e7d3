using System.Globalization;
using System.Text;

namespace Slipway.Core.Api.Manifests;

/// <summary>
/// The pieces of one line that <see cref="BlockYamlReader"/> reads: dashes, keys and scalars, in
/// UTF-8 (every character that gives YAML its structure is ASCII, and no byte of a longer UTF-8
/// sequence is, so the bytes are read as the characters would be).
/// </summary>
internal static class BlockYamlText
{
    public static bool IsDash(ReadOnlySpan<byte> content) => content.Length > 0 && content[0] == '-' && (content.Length == 1 || content[1] == ' ');

    /// <summary>Whether a list item's text is a map's first entry ("name: v1") rather than a scalar.</summary>
    public static bool OpensMap(ReadOnlySpan<byte> text) => text[0] is not ((byte)'\'' or (byte)'"' or (byte)'[' or (byte)'{' or (byte)'|' or (byte)'>') && KeyEnd(text) > 0;

    /// <summary>Where the key of "key: value" (or "key:") ends: the first ':' followed by a space or the end; -1 when there is none before a comment.</summary>
    public static int KeyEnd(ReadOnlySpan<byte> content)
    {
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == ':' && (i + 1 == content.Length || content[i + 1] == ' '))
            {
                return i;
            }

            if (content[i] == '#' && i > 0 && content[i - 1] == ' ')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A key this reader takes as written: plain, no indicator in front, no merge key, no trailing blank.</summary>
    public static bool IsPlainKey(ReadOnlySpan<byte> key) =>
        key.Length > 0 && !key.SequenceEqual("<<"u8) && key[^1] != ' ' && "-?:,[]{}#&*!|>'\"%@`"u8.IndexOf(key[0]) < 0
        && !(key[0] == '-' && key.Length > 1 && key[1] == ' ');

    /// <summary>
    /// A plain scalar on one line: up to a comment (" #", which ends the scalar: <paramref name="commented"/>
    /// says whether there is one), trimmed; anything the general parser might read otherwise is left to it.
    /// </summary>
    public static ReadOnlySpan<byte> Plain(ReadOnlySpan<byte> text, out bool commented)
    {
        // One pass over the colons and hashes: " #" starts a comment, ": " before it is left to the general parser.
        var end = text.Length;
        commented = false;
        for (var at = text.IndexOfAny((byte)'#', (byte)':'); at >= 0;)
        {
            if (text[at] == '#' && at > 0 && text[at - 1] == ' ')
            {
                end = at - 1;
                commented = true;
                break;
            }

            if (text[at] == ':' && at + 1 < text.Length && text[at + 1] == ' ')
            {
                throw new BlockYamlReader.OutsideSubsetException();
            }

            var next = text[(at + 1)..].IndexOfAny((byte)'#', (byte)':');
            at = next < 0 ? -1 : at + 1 + next;
        }

        var value = text[..end].Trim((byte)' ');
        if (value.IsEmpty || value[^1] == ':' || "#&*!%@`>|?[{]},'\""u8.IndexOf(value[0]) >= 0 || IsDash(value))
        {
            throw new BlockYamlReader.OutsideSubsetException();
        }

        return value;
    }

    /// <summary>A quoted scalar that ends on its line (followed by nothing but a comment): its value, unescaped.</summary>
    public static string Quoted(ReadOnlySpan<byte> utf8) => Quoted(Encoding.UTF8.GetString(utf8));

    private static string Quoted(string text)
    {
        var quote = text[0];
        var value = new StringBuilder();
        var i = 1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote)
            {
                if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i++;
                    continue;
                }

                break;
            }

            if (c == '\\' && quote == '"')
            {
                i++;
                value.Append(Escape(text, ref i));
                continue;
            }

            value.Append(c);
        }

        var after = i < text.Length ? text.AsSpan(i + 1).TrimStart(' ') : "x";
        return after.IsEmpty || after[0] == '#' ? value.ToString() : throw new BlockYamlReader.OutsideSubsetException();
    }

    private static string Escape(string text, ref int i)
    {
        if (i >= text.Length)
        {
            throw new BlockYamlReader.OutsideSubsetException();
        }

        switch (text[i])
        {
            case '"' or '\\' or '/':
                return text[i].ToString();
            case 'n':
                return "\n";
            case 't':
                return "\t";
            case 'u' when i + 4 < text.Length && ushort.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                i += 4;
                return ((char)code).ToString();
            default:
                throw new BlockYamlReader.OutsideSubsetException();
        }
    }
}

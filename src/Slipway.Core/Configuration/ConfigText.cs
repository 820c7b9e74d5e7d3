using System.Text;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Configuration;

/// <summary>
/// The configuration's bytes as text: UTF-8 (a byte order mark is allowed), with no NUL character.
/// A file that is not text is refused at the first offending byte, located, instead of being read
/// with replacement characters that would then reach file names and git's arguments.
/// </summary>
internal static class ConfigText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null after recording a located error in <paramref name="reader"/>.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, ConfigNodeReader reader)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(bytes[..Math.Clamp(e.Index, 0, bytes.Length)]);
            reader.ErrorAt(line, column, "the file is not valid UTF-8 text; save slipway.yaml as UTF-8");
            return null;
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, column) = Position(Encoding.UTF8.GetBytes(text[..nul]));
            reader.ErrorAt(line, column, "the file contains a NUL character; slipway.yaml is text");
            return null;
        }

        return text;
    }

    // 1-based line and column of the character after the valid prefix (columns count characters, as YAML's do).
    private static (int Line, int Column) Position(ReadOnlySpan<byte> before)
    {
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}

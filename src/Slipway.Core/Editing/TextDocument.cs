using System.Text;

namespace Slipway.Core.Editing;

/// <summary>
/// A file's text together with what is needed to write it back byte for byte: its byte-order mark
/// and encoding. Decoding is strict, so that re-encoding the text reproduces the original bytes
/// exactly; a file that is not valid text is refused rather than silently damaged.
/// </summary>
public sealed class TextDocument
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private TextDocument(string text, byte[] preamble, Encoding encoding)
    {
        Text = text;
        Preamble = preamble;
        Encoding = encoding;
    }

    public string Text { get; }

    /// <summary>The byte-order mark the file started with (empty when it had none).</summary>
    public byte[] Preamble { get; }

    public Encoding Encoding { get; }

    public static TextDocument FromText(string text) => new(text, [], StrictUtf8);

    /// <summary>Decodes a file's bytes; throws <see cref="DecoderFallbackException"/> for bytes that are not text.</summary>
    public static TextDocument Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new TextDocument(StrictUtf8.GetString(span[3..]), [0xEF, 0xBB, 0xBF], StrictUtf8);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
            return new TextDocument(utf16.GetString(span[2..]), [0xFF, 0xFE], utf16);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
            return new TextDocument(utf16.GetString(span[2..]), [0xFE, 0xFF], utf16);
        }

        return new TextDocument(StrictUtf8.GetString(span), [], StrictUtf8);
    }

    /// <summary>The bytes of <paramref name="text"/> written the way this document was: same mark, same encoding.</summary>
    public byte[] Encode(string text)
    {
        var body = Encoding.GetBytes(text);
        if (Preamble.Length == 0)
        {
            return body;
        }

        var bytes = new byte[Preamble.Length + body.Length];
        Preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, Preamble.Length);
        return bytes;
    }

    public TextDocument WithText(string text) => new(text, Preamble, Encoding);
}

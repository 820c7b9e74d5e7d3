using System.Buffers;
using System.Globalization;
using System.Text;

namespace Slipway.Core.Text;

/// <summary>
/// Text from outside Slipway (commit subjects, author names, file contents, git's messages) made safe
/// to show a person. A terminal obeys escape sequences: an ESC in a commit subject can recolour,
/// retitle or rewrite the screen; a carriage return or a bidirectional override can make a line say
/// something other than what it holds. Those characters are the C0 controls but tab and newline, DEL,
/// the C1 controls, and the bidirectional controls (Trojan Source).
/// </summary>
public static class PrintableText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000c\r\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u007f" +
        "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f" +
        "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069");

    /// <summary>Whether <paramref name="text"/> holds none of the characters a terminal would obey.</summary>
    public static bool IsSafe(ReadOnlySpan<char> text) => text.IndexOfAny(Unsafe) < 0;

    /// <summary>
    /// For diagnostics and tables: each unsafe character shown as an escape (<c>\x1b</c>, <c>\u202e</c>),
    /// so a person sees that it is there without the terminal acting on it.
    /// </summary>
    public static string Escape(string text)
    {
        if (IsSafe(text))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Unsafe.Contains(c))
            {
                escaped.Append(c <= '\u00ff' ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>For documents (release notes): unsafe characters left out; a CRLF becomes a newline.</summary>
    public static string Strip(ReadOnlySpan<char> text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Unsafe.Contains(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>A writer that passes text on to <paramref name="inner"/> with the unsafe characters left out.</summary>
    public static TextWriter Stripping(TextWriter inner) => new StrippingWriter(inner);

    private sealed class StrippingWriter(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => inner.Encoding;

        public override string NewLine
        {
            get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter allows null; the inner writer decides.
            set => inner.NewLine = value;
#pragma warning restore CS8765
        }

        public override void Write(char value)
        {
            if (!Unsafe.Contains(value))
            {
                inner.Write(value);
            }
        }

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            // Release notes hold no control characters but for hostile commits: the common case is one scan.
            if (IsSafe(buffer))
            {
                inner.Write(buffer);
            }
            else
            {
                inner.Write(Strip(buffer));
            }
        }

        public override void Flush() => inner.Flush();
    }
}

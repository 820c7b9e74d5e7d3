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
    // The characters, in three groups that a vectorised search finds fast: the C0 controls but tab and
    // newline, and DEL; the C1 controls; the bidirectional controls. Searched as one set, which mixes
    // ASCII and other characters, the runtime falls back to a character-by-character
    // scan after the first non-ASCII character of the text (an author's name, a typographic quote):
    // on a whole history's notes that scan was half of the writing (benchmarks/README.md).
    private static readonly SearchValues<char> AsciiControls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000c\r\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u007f");

    private static readonly SearchValues<char> BidirectionalControls = SearchValues.Create(
        "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069");

    private static bool IsUnsafe(char c) => AsciiControls.Contains(c) || c is >= '\u0080' and <= '\u009f' || BidirectionalControls.Contains(c);

    /// <summary>Whether <paramref name="text"/> holds none of the characters a terminal would obey.</summary>
    public static bool IsSafe(ReadOnlySpan<char> text) =>
        text.IndexOfAny(AsciiControls) < 0 && text.IndexOfAnyInRange('\u0080', '\u009f') < 0 && !HasBidirectionalControl(text);

    // The bidirectional controls lie between U+061C and U+2069, where text has few characters but
    // punctuation (’, —, …): each character found in that range is looked at on its own.
    private static bool HasBidirectionalControl(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAnyInRange('\u061c', '\u2069'); at >= 0; at = text.IndexOfAnyInRange('\u061c', '\u2069'))
        {
            if (BidirectionalControls.Contains(text[at]))
            {
                return true;
            }

            text = text[(at + 1)..];
        }

        return false;
    }

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
            if (IsUnsafe(c))
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
            if (!IsUnsafe(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>A writer that passes text on to <paramref name="inner"/> with the unsafe characters left out.</summary>
    public static TextWriter Stripping(TextWriter inner) => new StrippingWriter(inner);

    /// <remarks>
    /// Notes are written in small pieces ("(#", a number, ")"), and a scan for unsafe characters has a
    /// cost per call that a piece that short does not repay: on a whole history's notes (19 MB in over
    /// a million pieces) the scans were most of this writer's time. Pieces are gathered, scanned and
    /// passed on 8,192 characters at a time; <see cref="Flush"/> and disposing pass on the rest.
    /// </remarks>
    private sealed class StrippingWriter(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
    {
        private readonly char[] _pending = new char[8192];
        private int _count;

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
            if (_count == _pending.Length)
            {
                PassOnPending();
            }

            _pending[_count++] = value;
        }

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            if (buffer.Length > _pending.Length - _count)
            {
                PassOnPending();
                if (buffer.Length > _pending.Length)
                {
                    PassOn(buffer);
                    return;
                }
            }

            buffer.CopyTo(_pending.AsSpan(_count));
            _count += buffer.Length;
        }

        public override void Flush()
        {
            PassOnPending();
            inner.Flush();
        }

        // The inner writer is the caller's: disposing this one passes on what it holds, and closes nothing.
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                PassOnPending();
            }

            base.Dispose(disposing);
        }

        private void PassOnPending()
        {
            PassOn(_pending.AsSpan(0, _count));
            _count = 0;
        }

        private void PassOn(ReadOnlySpan<char> text)
        {
            // Release notes hold no control characters but for hostile commits: the common case is one scan.
            if (IsSafe(text))
            {
                inner.Write(text);
            }
            else
            {
                inner.Write(Strip(text));
            }
        }
    }
}

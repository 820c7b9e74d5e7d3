using System.Text.RegularExpressions;

namespace Slipway.Core.Editing.Locators;

/// <summary>
/// <c>regex: '…(?&lt;version&gt;…)…'</c>: the span of the named group <c>version</c> in every match.
/// Patterns are multi-line (<c>^</c> and <c>$</c> match at line ends) and time out rather than hang.
/// </summary>
/// <remarks>
/// .NET's <c>$</c> matches only before '\n', so on a CRLF file <c>^Version:\s+(?&lt;version&gt;\S+)$</c>
/// would match nothing, and <c>(?&lt;version&gt;.+)$</c> would take the '\r' into the version. The
/// pattern therefore sees each "\r\n" as "\n", and the spans it finds are mapped back to the text, so
/// one configuration works on LF and CRLF files and every byte, '\r' included, stays. A pattern that
/// names the carriage return itself (<c>\r</c>) is taken to handle it, and sees the text as it is.
/// </remarks>
public sealed class RegexLocator(Regex pattern) : IVersionLocator
{
    public const string GroupName = "version";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public const RegexOptions Options = RegexOptions.Multiline | RegexOptions.CultureInvariant;

    private readonly bool _handlesCarriageReturn = MentionsCarriageReturn(pattern.ToString());

    public string Description => $"regex: {pattern}";

    public IReadOnlyList<LocatedValue> Locate(string text)
    {
        var lineEnds = _handlesCarriageReturn ? null : LineEndView.Of(text);
        var view = lineEnds?.Text ?? text;
        try
        {
            return pattern.Matches(view)
                .Select(m => m.Groups[GroupName])
                .Where(g => g.Success)
                .Select(g =>
                {
                    var (start, end) = lineEnds is null ? (g.Index, g.Index + g.Length) : (lineEnds.Original(g.Index), lineEnds.Original(g.Index + g.Length));
                    return new LocatedValue(new TextSpan(start, end - start), text[start..end], ValueEncoding.Raw);
                })
                .ToArray();
        }
        catch (RegexMatchTimeoutException)
        {
            throw new LocateException($"the pattern took longer than {Timeout.TotalSeconds:0} s on this file; simplify it");
        }
    }

    private static bool MentionsCarriageReturn(string source) =>
        source.Contains('\r', StringComparison.Ordinal)
        || source.Contains(@"\r", StringComparison.Ordinal)
        || source.Contains(@"\x0d", StringComparison.OrdinalIgnoreCase)
        || source.Contains(@"\u000d", StringComparison.OrdinalIgnoreCase);

    /// <summary>A text with each "\r\n" read as "\n", and the way back from its offsets to the original's.</summary>
    private sealed class LineEndView
    {
        // Offsets, in the view, of each '\n' that stood after a '\r' in the original; ascending.
        private readonly List<int> _removed;

        private LineEndView(string text, List<int> removed) => (Text, _removed) = (text, removed);

        public string Text { get; }

        public static LineEndView? Of(string text)
        {
            if (!text.Contains("\r\n", StringComparison.Ordinal))
            {
                return null;
            }

            var removed = new List<int>();
            for (var at = text.IndexOf("\r\n", StringComparison.Ordinal); at >= 0; at = text.IndexOf("\r\n", at + 2, StringComparison.Ordinal))
            {
                removed.Add(at - removed.Count);
            }

            return new LineEndView(text.Replace("\r\n", "\n", StringComparison.Ordinal), removed);
        }

        /// <summary>The original offset of view offset <paramref name="offset"/>: a span that ends before a line break ends before its '\r'.</summary>
        public int Original(int offset)
        {
            var index = _removed.BinarySearch(offset);
            var before = index >= 0 ? index : ~index; // the '\r's removed before this offset
            return offset + before;
        }
    }
}

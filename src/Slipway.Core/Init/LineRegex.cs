using System.Text;
using System.Text.RegularExpressions;
using Slipway.Core.Editing.Locators;

namespace Slipway.Core.Init;

/// <summary>
/// A regex locator for a version written in prose or code (<c>**Version**: v0.1.6</c>,
/// <c>const versionCore = "0.30.0"</c>): the line's own text before the version, escaped, then the
/// version group. The pattern is kept only when it finds this very version, and every other match
/// it finds holds the same value (then the count says how many).
/// </summary>
internal static partial class LineRegex
{
    /// <summary>How much of the line before the version the pattern keeps, at most.</summary>
    private const int MaxContext = 40;

    public static (string Pattern, int Count)? For(string text, int tokenStart, int tokenLength)
    {
        var (versionStart, prefix) = text[tokenStart] == 'v' ? (tokenStart + 1, "v") : (tokenStart, string.Empty);
        var lineStart = tokenStart == 0 ? 0 : text.LastIndexOf('\n', tokenStart - 1) + 1;
        var context = text[lineStart..tokenStart];
        if (context.Length > MaxContext)
        {
            // Start at a word: a pattern cut in the middle of one reads as noise.
            var cut = context.Length - MaxContext;
            while (cut < context.Length && IsWordChar(context[cut - 1]))
            {
                cut++;
            }

            context = context[cut..];
        }

        // Another version in the context (a release-1.30 branch in a URL) would tie the pattern to
        // this release; keep only what follows it.
        if (VersionLike().Matches(context) is { Count: > 0 } versions)
        {
            var after = versions[^1].Index + versions[^1].Length;
            while (after < context.Length && IsWordChar(context[after]))
            {
                after++;
            }

            context = context[after..];
        }

        // Nothing but indentation before the version: anchor at the line start instead. A list
        // marker is not part of what the line says ("- **Version**: v0.1.6" reads "**Version**: v").
        var label = ListMarker().Replace(context.TrimStart(), string.Empty);
        // A packaging revision after the version (a package "1.28.2-1") stays the file's: the group
        // stops before it, and the next release keeps whatever revision the line has.
        var revision = PackagingRevision().IsMatch(text.AsSpan(tokenStart + tokenLength)) ? "-[0-9]+" : string.Empty;
        var near = (label.Length == 0 ? "^" + Escape(context) : Escape(label)) + Escape(prefix) + VersionShape.RegexGroup + revision;
        if (Checked(near, text, versionStart, tokenLength - prefix.Length) is { } found)
        {
            return found;
        }

        // What precedes the version is only padding and punctuation, the same in every row of a
        // table ("| `v0.9.0` |"): the row's first word names it ("| `image.tag` … | `v0.9.0`").
        if (label.Any(char.IsLetterOrDigit) || Lead(text[lineStart..tokenStart]) is not { } lead)
        {
            return null;
        }

        return Checked("^" + Escape(lead) + ".*" + Escape(label) + Escape(prefix) + VersionShape.RegexGroup + revision, text, versionStart, tokenLength - prefix.Length);
    }

    // The pattern when it finds this very version and every other place it finds holds the same value (then with their count).
    private static (string Pattern, int Count)? Checked(string pattern, string text, int versionStart, int versionLength)
    {
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexLocator.Options, RegexLocator.Timeout);
        }
        catch (ArgumentException)
        {
            return null;
        }

        var found = new RegexLocator(regex).Locate(text);
        var own = found.FirstOrDefault(v => v.Span.Start == versionStart);
        return own is not null && own.Span.Length == versionLength && found.All(v => v.Value == own.Value)
            ? (pattern, found.Count)
            : null;
    }

    // The line's start up to the end of its first word (the first run of letters or digits and what
    // is glued to it): "| `controllerManager.manager.image.tag`" of a table row. Null when the line
    // has no word before the version.
    private static string? Lead(string beforeVersion)
    {
        var word = 0;
        while (word < beforeVersion.Length && !char.IsLetterOrDigit(beforeVersion[word]))
        {
            word++;
        }

        var end = word;
        while (end < beforeVersion.Length && !char.IsWhiteSpace(beforeVersion[end]))
        {
            end++;
        }

        return word < beforeVersion.Length && end < beforeVersion.Length ? beforeVersion[..end] : null;
    }

    /// <summary>Escapes what a regex reads as syntax; spaces and punctuation that are literal stay readable.</summary>
    public static string Escape(string literal)
    {
        var text = new StringBuilder(literal.Length + 8);
        foreach (var c in literal)
        {
            if (c == '\t')
            {
                text.Append(@"\t");
            }
            else
            {
                if (@"\*+?|{}()[]^$.".Contains(c, StringComparison.Ordinal))
                {
                    text.Append('\\');
                }

                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.';

    [GeneratedRegex(@"[0-9]+\.[0-9]+")]
    private static partial Regex VersionLike();

    [GeneratedRegex(@"^[-*+][ \t]+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^-[0-9]+(?![0-9A-Za-z.])")]
    private static partial Regex PackagingRevision();
}

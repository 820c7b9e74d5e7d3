using System.Text.RegularExpressions;

namespace Slipway.Core.Init;

/// <summary>
/// A version written in prose rather than in a manifest: a markdown status line
/// (<c>- **Version**: v0.1.6</c>, <c>Current version: 0.1.0</c>). It becomes a regex locator built
/// from the line's own text, with the version as the named group. (Go's version constants have their
/// own detector, <see cref="GoVersionDetector"/>.)
/// </summary>
internal static partial class StatusLineDetector
{
    public static void Detect(InitFiles files)
    {
        foreach (var file in files.Shallow.Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
        {
            files.TryLines(file, MarkdownStatus(), "the version line of this document");
        }
    }


    [GeneratedRegex(@"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*[^*\n]*[Vv]ersion[^*\n]*\*\*:?|[A-Z][A-Za-z ]*[Vv]ersion:)[ \t]*(?<token>v?[0-9]+\.[0-9]+\.[0-9]+(?:[-+][0-9A-Za-z.+-]*[0-9A-Za-z])?)[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownStatus();
}

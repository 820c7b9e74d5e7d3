using System.Text.RegularExpressions;

namespace Slipway.Core.Init;

/// <summary>
/// Versions written in prose and code rather than in a manifest: a markdown status line
/// (<c>- **Version**: v0.1.6</c>, <c>Current version: 0.1.0</c>) and a Go version constant
/// (<c>Version = "1.30.0"</c> in version.go). Each becomes a regex locator built from the line's
/// own text, with the version as the named group.
/// </summary>
internal static partial class StatusLineDetector
{
    private const int MaxGoDepth = 5;

    public static void Detect(InitFiles files)
    {
        foreach (var file in files.Shallow.Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
        {
            Lines(files, file, MarkdownStatus(), "the version line of this document");
        }

        foreach (var file in files.All.Where(IsGoVersionFile))
        {
            Lines(files, file, GoConstant(), "the version constant the Go build reports");
        }
    }

    private static bool IsGoVersionFile(string path) =>
        (InitFiles.Named(path, "version.go") || InitFiles.Named(path, "versions.go"))
        && path.Count(c => c == '/') < MaxGoDepth
        && !path.StartsWith("vendor/", StringComparison.Ordinal) && !path.Contains("/vendor/", StringComparison.Ordinal);

    private static void Lines(InitFiles files, string file, Regex line, string why)
    {
        if (files.Text(file) is not { } text)
        {
            return;
        }

        foreach (Match match in line.Matches(text))
        {
            var token = match.Groups["token"];
            if (LineRegex.For(text, token.Index, token.Length) is ({ } pattern, 1))
            {
                files.Try(file, "regex", pattern, why);
            }
        }
    }

    [GeneratedRegex(@"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*[^*\n]*[Vv]ersion[^*\n]*\*\*:?|[A-Z][A-Za-z ]*[Vv]ersion:)[ \t]*(?<token>v?[0-9]+\.[0-9]+\.[0-9]+(?:[-+][0-9A-Za-z.+-]*[0-9A-Za-z])?)[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownStatus();

    [GeneratedRegex(@"^[ \t]*(?:(?:const|var)[ \t]+)?(?=[A-Za-z_])\w*[Vv]ersion\w*[ \t]*(?:string[ \t]*)?=[ \t]*""(?<token>v?[0-9]+\.[0-9]+\.[0-9]+(?:[-+][0-9A-Za-z.+-]*[0-9A-Za-z])?)""", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex GoConstant();
}

using System.Text.RegularExpressions;
using Slipway.Core.Versioning;

namespace Slipway.Core.Init;

/// <summary>
/// The places a project moving from release-please has already named: release-please's generic
/// updater rewrites the version on every line that carries <c>x-release-please-version</c> and on
/// every line between <c>x-release-please-start-version</c> and <c>x-release-please-end</c> of the
/// files its configuration lists as extra-files (<see cref="ReleasePleaseConfig"/>). Each marked
/// version becomes the locator a maintainer would write for it (a YAML key, a Makefile variable, a
/// pattern of the line's own text); a pattern that finds several marked lines at once is one entry
/// with a count.
/// release-please's own record of its releases, <c>.release-please-manifest.json</c>, stays a
/// candidate: a maintainer who leaves release-please drops it.
/// </summary>
internal static class ReleasePleaseDetector
{
    private const string Why = "marked for release-please (x-release-please-version)";

    private const string Inline = "x-release-please-version";
    private const string BlockStart = "x-release-please-start-version";
    private const string BlockEnd = "x-release-please-end";

    public static void Detect(InitFiles files)
    {
        // Its configuration names the files it rewrites; without one (the action's own inputs, a
        // repository that only carries markers), the usual shallow files are read.
        var marked = ReleasePleaseConfig.ExtraFiles(files) is { } listed
            ? listed.Where(f => files.All.Contains(f, StringComparer.Ordinal))
            : files.Shallow;
        foreach (var file in marked)
        {
            if (files.Text(file) is not { } text || !text.Contains("x-release-please-", StringComparison.Ordinal))
            {
                continue;
            }

            var tried = new HashSet<(string Kind, string Argument)>();
            foreach (var token in MarkedTokens(text))
            {
                // The tag form (v1.2.3) is suggested as the candidates' is, 'v' included: a pattern's
                // context then ends before it, as for every other occurrence of the release tag.
                var (at, length) = token.Index > 0 && text[token.Index - 1] == 'v' ? (token.Index - 1, token.Length + 1) : (token.Index, token.Length);
                if (SemVersion.TryParse(token.Value, out var version)
                    && LocatorSuggester.Suggest(file, text, at, length, version) is { } suggestion
                    && tried.Add((suggestion.Kind, suggestion.Argument)))
                {
                    files.Try(file, suggestion.Kind, suggestion.Argument, Why, count: suggestion.Count);
                }
            }
        }
    }

    // The version tokens of the marked lines, as release-please's generic updater finds them: a
    // line that carries the inline marker, the lines of a block, and a block opened and closed on
    // one line (a table cell, '<!-- x-release-please-start-version --> v1.2.3 <!-- x-release-please-end -->').
    private static IEnumerable<Match> MarkedTokens(string text)
    {
        var inBlock = false;
        for (var start = 0; start < text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var opens = text.IndexOf(BlockStart, start, end - start, StringComparison.Ordinal);
            var closes = text.IndexOf(BlockEnd, start, end - start, StringComparison.Ordinal);
            var (from, to) = (start, end);
            if (opens >= 0)
            {
                // Opened here: marked only when it closes on the same line, between the markers.
                (from, to, inBlock) = closes > opens ? (opens + BlockStart.Length, closes, false) : (end, end, true);
            }
            else if (closes >= 0)
            {
                (from, to, inBlock) = (end, end, false);
            }
            else if (!inBlock && text.IndexOf(Inline, start, end - start, StringComparison.Ordinal) < 0)
            {
                (from, to) = (end, end);
            }

            foreach (var token in VersionShape.TokensIn(text, from, to))
            {
                yield return token;
            }

            start = end + 1;
        }
    }
}

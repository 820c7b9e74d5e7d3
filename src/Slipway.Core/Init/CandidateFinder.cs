using System.Text;
using System.Text.RegularExpressions;
using Slipway.Core.Editing;
using Slipway.Core.Versioning;

namespace Slipway.Core.Init;

/// <summary>One place the current version is written: its file, where in the text, and its line.</summary>
internal sealed record Occurrence(string File, int Offset, int Length, int Line, string Shown);

/// <summary>
/// The remaining occurrences of the current version, bare and as a tag, in the tracked files (whole
/// tokens, as <c>audit</c> finds them), that no proposed reference covers, each with the locator a
/// maintainer would write. Changelogs and release notes (history, not places to bump), lockfiles of
/// other packages and vendored code are left out.
/// </summary>
internal static partial class CandidateFinder
{
    /// <summary>How many candidates the starter file lists; 'slipway audit' lists the rest.</summary>
    public const int Limit = 40;

    /// <summary>Occurrences past this many are counted, not worked out (a repository of generated docs).</summary>
    private const int MaxOccurrences = 2000;

    public static (List<InitCandidate> Shown, int More) Find(InitFiles files, SemVersion version, string tag, IReadOnlyList<DetectedReference> proposed, string? ownFile)
    {
        var covered = proposed.SelectMany(p => p.Lines.Select(line => (p.File, line))).ToHashSet();
        var (occurrences, overflow) = Scan(files, new VersionTokenScanner(version.ToString(), tag), version.ToString(), Searched(ownFile));
        occurrences.RemoveAll(o => covered.Contains((o.File, o.Line)));

        var candidates = CandidateGroups.Group(files, occurrences, version, out var grouped);
        foreach (var occurrence in occurrences.Where(o => !grouped.Contains(o)))
        {
            var text = files.Text(occurrence.File)!;
            var suggestion = LocatorSuggester.Suggest(occurrence.File, text, occurrence.Offset, occurrence.Length, version);
            if (suggestion is not null && IsDependency(suggestion))
            {
                continue; // another package that happens to be at the same version (left-pad 1.2.3)
            }

            var candidate = new InitCandidate(occurrence.File, occurrence.Line, occurrence.Shown, suggestion?.Kind, suggestion?.Argument, suggestion?.ValueTemplate, suggestion?.Count ?? 1)
            {
                Places = [(occurrence.File, occurrence.Line)],
            };

            // A pattern that finds several places of one file at once is listed once, at its first line.
            var same = candidate.Kind is null ? -1 : candidates.FindIndex(c => c.Glob is null && c.File == candidate.File && c.Locator == candidate.Locator);
            if (same < 0)
            {
                candidates.Add(candidate);
            }
            else
            {
                candidates[same] = candidates[same] with { Places = [.. candidates[same].Places, .. candidate.Places] };
            }
        }

        var ordered = candidates.OrderBy(c => c.File, StringComparer.Ordinal).ThenBy(c => c.Line).ToList();
        return (ordered.Take(Limit).ToList(), Math.Max(0, ordered.Count - Limit) + overflow);
    }

    /// <summary>How many places of the files <see cref="Find"/> searches hold the version, bare or as its tag (up to a limit).</summary>
    public static int Count(InitFiles files, SemVersion version, string tag, string? ownFile)
    {
        var (found, overflow) = Scan(files, new VersionTokenScanner(version.ToString(), tag), version.ToString(), Searched(ownFile));
        return found.Count + overflow;
    }

    // Every tracked file but the configuration itself and the places that record history or other packages.
    private static Func<string, bool> Searched(string? ownFile) => file => file != ownFile && !NotAPlaceToBump().IsMatch(file);

    private static (List<Occurrence> Found, int Overflow) Scan(InitFiles files, VersionTokenScanner scanner, string bare, Func<string, bool> searched)
    {
        var found = new List<Occurrence>();
        var overflow = 0;
        foreach (var file in files.All.Where(searched))
        {
            if (files.Document(file) is not { Encoding: UTF8Encoding } document || !document.Text.Contains(bare, StringComparison.Ordinal))
            {
                continue;
            }

            var text = document.Text;
            var bytes = Encoding.UTF8.GetBytes(text);
            var lines = new LineMap(text);
            var (byteAt, charAt) = (0, 0);
            foreach (var (start, length) in scanner.Find(bytes))
            {
                if (found.Count >= MaxOccurrences)
                {
                    overflow++;
                    continue;
                }

                // Tokens come in order: count characters from the previous one, not from the start.
                charAt += Encoding.UTF8.GetCharCount(bytes, byteAt, start - byteAt);
                byteAt = start;
                var shown = LineMap.LineAt(text, charAt).Trim();
                found.Add(new Occurrence(file, charAt, Encoding.UTF8.GetCharCount(bytes, start, length), lines.ToLineColumn(charAt).Line,
                    shown.Length > 100 ? shown[..97] + "..." : shown));
            }
        }

        return (found, overflow);
    }

    private static readonly HashSet<string> DependencyTables = new(StringComparer.Ordinal)
    {
        "dependencies", "devDependencies", "peerDependencies", "optionalDependencies", "dev-dependencies", "build-dependencies",
    };

    // A key path through a manifest's dependency table names another package's version.
    private static bool IsDependency(SuggestedLocator suggestion) =>
        suggestion.Kind is "json" or "toml" or "yaml"
        && Editing.Trees.KeyPath.Parse(suggestion.Argument).Segments.OfType<Editing.Trees.KeySegment>().Any(k => DependencyTables.Contains(k.Name));

    // Changelogs, release notes and per-release directories record history; lockfiles and vendored
    // trees carry other packages' versions.
    [GeneratedRegex(@"(^|/)(CHANGELOG|CHANGES|HISTORY|NEWS|RELEASE[-_]?NOTES|RELEASES)[^/]*$|(^|/)(changelogs?|release[-_]?notes|vendor|node_modules|third_party)/|(^|/)(Cargo\.lock|package-lock\.json|yarn\.lock|pnpm-lock\.yaml|go\.sum|poetry\.lock|composer\.lock|Gemfile\.lock|packages\.lock\.json)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAPlaceToBump();
}

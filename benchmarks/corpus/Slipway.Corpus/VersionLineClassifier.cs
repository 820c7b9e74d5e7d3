using System.Text.RegularExpressions;
using Slipway.Core.Versioning;

namespace Slipway.Corpus;

/// <summary>
/// Decides, without asking Slipway, whether a line the real release rewrote is a version reference:
/// the new line is the old one with the previous version replaced by the release's, in any of the
/// spellings projects use (1.2.3, v1.2.3, the core 1.2.3 of 1.2.3-rc1, the pre-release label alone,
/// 1.2), or the line's only differences are version tokens and one of the new ones is the release.
/// A line that does something else (a dependency bump, a date, a changelog entry) is not one.
/// </summary>
internal static partial class VersionLineClassifier
{
    public static bool IsVersionLine(ChangedLine line, SemVersion release, IReadOnlyCollection<SemVersion> previous)
    {
        foreach (var old in previous)
        {
            foreach (var (from, to) in Spellings(old, release))
            {
                if (from.Length > 0 && from != to && line.Old.Contains(from, StringComparison.Ordinal) && ReplaceWhole(line.Old, from, to) == line.New)
                {
                    return true;
                }
            }
        }

        // Versions alone differ, one becomes the release, and what it replaces was the previous version
        // (or a pre-release of this one): a dependency bumped to a number that happens to equal the
        // release (golang.org/x/net v0.17.0 -> v0.24.0 in kind 0.24.0) is not a version reference.
        return LineChanges.Mask(line.Old) == LineChanges.Mask(line.New)
            && ChangedTokens(line).Any(t => IsRelease(t.New, release) && WasPrevious(t.Old, release, previous));
    }

    private static bool WasPrevious(string? token, SemVersion release, IReadOnlyCollection<SemVersion> previous) =>
        token is not null && SemVersion.TryParse(token.TrimStart('v'), out var version) && (previous.Contains(version) || version.Core() == release.Core());

    private static IEnumerable<(string From, string To)> Spellings(SemVersion old, SemVersion release)
    {
        yield return (old.ToString(), release.ToString());
        yield return ("v" + old, "v" + release);
        yield return (old.Core().ToString(), release.Core().ToString());
        yield return (old.PreRelease, release.PreRelease);
        yield return ($"{old.Major}.{old.Minor}", $"{release.Major}.{release.Minor}");
    }

    // Whole tokens only: 0.15 is not replaced inside v0.15.1.
    private static string ReplaceWhole(string line, string from, string to) =>
        Regex.Replace(line, @"(?<![0-9A-Za-z.])" + Regex.Escape(from) + @"(?![0-9A-Za-z]|\.[0-9])", to.Replace("$", "$$", StringComparison.Ordinal));

    // The tokens of the new line that differ from the old line's token at the same place, with that token.
    private static IEnumerable<(string? Old, string New)> ChangedTokens(ChangedLine line)
    {
        var before = Token().Matches(line.Old).Select(m => m.Value).ToList();
        var after = Token().Matches(line.New).Select(m => m.Value).ToList();
        return after.Select((token, i) => (i < before.Count ? before[i] : null, token)).Where(t => t.Item1 != t.token);
    }

    private static bool IsRelease(string token, SemVersion release) =>
        SemVersion.TryParse(token.TrimStart('v'), out var version) && version == release;

    [GeneratedRegex(@"(?:(?<=(?:^|[^0-9A-Za-z])v)|(?<![0-9A-Za-z.]))\d+\.\d+(\.\d+)?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?(?![0-9A-Za-z])")]
    private static partial Regex Token();
}

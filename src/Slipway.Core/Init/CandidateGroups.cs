using System.Text.RegularExpressions;
using Slipway.Core.Editing.Locators;
using Slipway.Core.Files;
using Slipway.Core.Versioning;

namespace Slipway.Core.Init;

/// <summary>
/// One line written the same way in many files (every example manifest's
/// <c>app.kubernetes.io/version: 2.13.0</c> label) is one entry a maintainer writes with a glob,
/// not one entry per file: the line's regex, <c>files:</c> over the files' common directory and
/// extensions, <c>count: any</c>. The glob is kept only when every file it matches can be read and
/// holds the version wherever the pattern matches.
/// </summary>
internal static class CandidateGroups
{
    private const int MinFiles = 3;

    public static List<InitCandidate> Group(InitFiles files, List<Occurrence> occurrences, SemVersion version, out HashSet<Occurrence> grouped)
    {
        grouped = [];
        var candidates = new List<InitCandidate>();
        var byPattern = occurrences
            .Select(o => (Occurrence: o, Pattern: LineRegex.For(files.Text(o.File)!, o.Offset, o.Length)?.Pattern))
            .Where(x => x.Pattern is not null)
            .GroupBy(x => x.Pattern!, StringComparer.Ordinal);
        foreach (var group in byPattern)
        {
            var members = group.Select(x => x.Occurrence).ToList();
            var paths = members.Select(o => o.File).Distinct(StringComparer.Ordinal).ToList();
            if (paths.Count < MinFiles || GlobFor(paths) is not { } glob || !HoldsOnlyVersion(files, glob, group.Key, version))
            {
                continue;
            }

            var first = members[0];
            candidates.Add(new InitCandidate(first.File, first.Line, first.Shown, "regex", group.Key, null, 0)
            {
                Glob = glob,
                Places = members.Select(o => (o.File, o.Line)).ToList(),
            });
            grouped.UnionWith(members);
        }

        return candidates;
    }

    // The files' deepest common directory, then every file with their extensions below it. Files
    // without an extension make no glob: '**/*' would take in images and binaries as well.
    private static string? GlobFor(List<string> paths)
    {
        var directories = paths.Select(p => p.Contains('/', StringComparison.Ordinal) ? p[..p.LastIndexOf('/')] : string.Empty).ToList();
        var common = directories.Aggregate((a, b) =>
        {
            while (a.Length > 0 && b != a && !b.StartsWith(a + "/", StringComparison.Ordinal))
            {
                a = a.Contains('/', StringComparison.Ordinal) ? a[..a.LastIndexOf('/')] : string.Empty;
            }

            return a;
        });
        var extensions = paths.Select(p => Path.GetExtension(p).TrimStart('.')).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (extensions.Any(e => e.Length == 0 || e.IndexOfAny(['*', '?', '[', ']', '{', '}', ',']) >= 0) || common.IndexOfAny(['*', '?', '[', ']', '{', '}']) >= 0)
        {
            return null;
        }

        var names = extensions.Count == 1 ? "*." + extensions[0] : "*.{" + string.Join(',', extensions) + "}";
        return (common.Length == 0 ? string.Empty : common + "/") + "**/" + names;
    }

    private static bool HoldsOnlyVersion(InitFiles files, string glob, string pattern, SemVersion version)
    {
        var regex = new Regex(pattern, RegexLocator.Options, RegexLocator.Timeout);
        var matcher = new Glob(glob);
        try
        {
            // Every file the glob takes must read (show reports one that does not) and hold the version wherever the line is.
            return files.All.Where(matcher.IsMatch).All(file =>
                files.Text(file) is { } text && new RegexLocator(regex).Locate(text).All(v => v.Value == version.ToString()));
        }
        catch (Editing.LocateException)
        {
            return false; // the pattern timed out on some file: not one to propose
        }
    }
}

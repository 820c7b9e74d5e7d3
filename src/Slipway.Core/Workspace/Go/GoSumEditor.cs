using Slipway.Core.Diagnostics;
using Slipway.Core.Versioning;

namespace Slipway.Core.Workspace.Go;

/// <summary>
/// Replaces a module's go.sum lines for its old version with the lines of its new one. Every other
/// line is kept byte for byte; the new lines go where Go's own ordering puts them (module path, then
/// version by semver, the zip line before the go.mod line), next to the module's other versions.
/// </summary>
public static class GoSumEditor
{
    /// <exception cref="SlipwayException">go.sum already holds other hashes for the new version (SW357).</exception>
    public static string Update(string text, GoModuleSums sums, string? oldVersion) =>
        Update(text, sums.Module.Path, oldVersion, sums.Module.Version, sums.Hash, sums.GoModHash);

    /// <exception cref="SlipwayException">go.sum already holds other hashes for the new version (SW357).</exception>
    public static string Update(string text, string module, string? oldVersion, string newVersion, string hash, string goModHash)
    {
        var lines = SplitLines(text);
        var ending = lines.Select(l => l.Ending).FirstOrDefault(e => e.Length > 0) ?? "\n";
        string[] added = [$"{module} {newVersion} {hash}", $"{module} {newVersion}/go.mod {goModHash}"];
        ThrowIfConflicting(lines, module, newVersion, added);

        var replaced = new HashSet<string>(StringComparer.Ordinal) { newVersion, newVersion + "/go.mod" };
        if (oldVersion is not null)
        {
            replaced.UnionWith([oldVersion, oldVersion + "/go.mod"]);
        }

        bool IsReplaced(Line line) => Fields(line.Content) is [var m, var v, _] && m == module && replaced.Contains(v);

        // Every line before the first replaced one is kept, so its index is also its place among the kept lines.
        var firstRemoved = lines.FindIndex(IsReplaced);
        var kept = lines.Where(l => !IsReplaced(l)).ToList();
        var at = InsertionPoint(kept, module, newVersion, firstRemoved < 0 ? null : firstRemoved);

        kept.InsertRange(at, added.Select(l => new Line(l, ending)));

        // A file that did not end with a line break keeps not ending with one, whichever line is last now.
        var endedWithout = lines.Count > 0 && lines[^1].Ending.Length == 0;
        for (var i = 0; i < kept.Count; i++)
        {
            var last = i == kept.Count - 1;
            kept[i] = kept[i] with { Ending = last && endedWithout ? string.Empty : kept[i].Ending.Length > 0 ? kept[i].Ending : ending };
        }

        return string.Concat(kept.Select(l => l.Content + l.Ending));
    }

    private static void ThrowIfConflicting(List<Line> lines, string module, string version, string[] added)
    {
        var conflicting = lines
            .Where(l => Fields(l.Content) is [var m, var v, var h] && m == module && (v == version || v == version + "/go.mod") && h.StartsWith("h1:", StringComparison.Ordinal))
            .Select(l => string.Join(' ', Fields(l.Content)))
            .Where(l => !added.Contains(l))
            .ToList();
        if (conflicting.Count > 0)
        {
            throw new SlipwayException(Errors.GoSumsNotEditable,
                $"go.sum already holds other hashes for {module} {version} than the ones computed from the upstream's tag",
                "the tag may have been moved after someone downloaded it (Go would report a checksum mismatch); check the tag before releasing against it",
                [.. conflicting.Select(c => "in go.sum:  " + c), .. added.Select(a => "computed:   " + a)]);
        }
    }

    /// <summary>Before the first of the module's lines that sorts after the new version; else after its last line; else where the old lines were; else in path order.</summary>
    private static int InsertionPoint(List<Line> lines, string module, string version, int? removedAt)
    {
        var ofModule = lines.Select((l, i) => (Fields: Fields(l.Content), Index: i)).Where(x => x.Fields is [var m, _, _] && m == module).ToList();
        if (ofModule.Count > 0)
        {
            var after = ofModule.FirstOrDefault(x => CompareVersions(x.Fields[1], version) > 0);
            return after.Fields is null ? ofModule[^1].Index + 1 : after.Index;
        }

        if (removedAt is { } index)
        {
            return index;
        }

        var next = lines.FindIndex(l => Fields(l.Content) is [var m, _, _] && string.CompareOrdinal(m, module) > 0);
        return next < 0 ? lines.Count : next;
    }

    /// <summary>Go's module.Sort for one path: by semver (invalid versions first), then the "/go.mod" suffix after the bare version.</summary>
    internal static int CompareVersions(string left, string right)
    {
        var (leftVersion, leftFile) = SplitSuffix(left);
        var (rightVersion, rightFile) = SplitSuffix(right);
        var byVersion = (Parse(leftVersion), Parse(rightVersion)) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            var (l, r) => l!.CompareTo(r),
        };
        return byVersion != 0 ? byVersion : string.CompareOrdinal(leftFile, rightFile);
    }

    private static (string Version, string File) SplitSuffix(string version)
    {
        var slash = version.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (version, string.Empty) : (version[..slash], version[slash..]);
    }

    private static SemVersion? Parse(string version) =>
        version.StartsWith('v') && SemVersion.TryParse(version[1..], out var parsed) ? parsed : null;

    private static string[] Fields(string line) => line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add(new Line(text[start..], string.Empty));
                break;
            }

            var contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            lines.Add(new Line(text[start..contentEnd], text[contentEnd..(end + 1)]));
            start = end + 1;
        }

        return lines;
    }

    private sealed record Line(string Content, string Ending);
}

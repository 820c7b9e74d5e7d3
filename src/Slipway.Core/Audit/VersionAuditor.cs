using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Slipway.Core.Editing;
using Slipway.Core.Files;
using Slipway.Core.References;
using Slipway.Core.Versioning;

namespace Slipway.Core.Audit;

/// <summary>
/// Finds every occurrence of a version (bare, and in its tag form) that no reference covers.
/// Only whole version tokens count: 0.0.0 never matches inside 0.0.0.0, 10.0.0 or 0.0.0-rc1. Files
/// are read once each, in parallel; binary files (a NUL byte in the first 8000 bytes, as git
/// decides) and files over 8 MiB are skipped.
/// </summary>
public static class VersionAuditor
{
    private const int BinaryProbeLength = 8000;
    private const long MaxFileSize = 8L * 1024 * 1024;

    public static AuditResult Run(ReferenceScan scan, SemVersion version, IReadOnlyList<string> files)
    {
        var bare = version.ToString();
        var tag = scan.Config.Tag.TagFor(version);
        var token = TokenPattern(bare, tag);
        var probe = Encoding.UTF8.GetBytes(bare);
        var ignore = scan.Config.Audit.Ignore.Select(g => new Glob(g)).ToList();
        // The configuration names versions in its own comments and examples; it is not a place to bump.
        var configPath = Path.GetRelativePath(scan.Config.Root, scan.Config.FilePath).Replace('\\', '/');
        ignore.Add(new Glob("/" + configPath));
        var covered = CoveredSpans(scan);
        var findings = new ConcurrentBag<AuditFinding>();
        int searched = 0, skipped = 0, coveredCount = 0;

        Parallel.ForEach(files.Where(f => !ignore.Any(g => g.IsMatch(f))), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, path =>
        {
            var full = Path.Combine(scan.Config.Root, path);
            var info = new FileInfo(full);
            if (!info.Exists || info.Attributes.HasFlag(FileAttributes.ReparsePoint) || info.Length > MaxFileSize)
            {
                Interlocked.Increment(ref skipped);
                return;
            }

            var bytes = File.ReadAllBytes(full);
            if (bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeLength)).Contains((byte)0))
            {
                Interlocked.Increment(ref skipped);
                return;
            }

            Interlocked.Increment(ref searched);
            if (bytes.AsSpan().IndexOf(probe) < 0)
            {
                return; // the common case: no need to decode or run the pattern at all
            }

            var text = Encoding.UTF8.GetString(bytes);
            var spans = covered.GetValueOrDefault(path, []);
            LineMap? lines = null;
            foreach (Match match in token.Matches(text))
            {
                var span = new TextSpan(match.Index, match.Length);
                if (spans.Any(s => s.Overlaps(span) || (s.Length == 0 && s.Start == span.Start)))
                {
                    Interlocked.Increment(ref coveredCount);
                    continue;
                }

                lines ??= new LineMap(text);
                var (line, column) = lines.ToLineColumn(match.Index);
                findings.Add(new AuditFinding(path, line, column, match.Value, LineMap.LineAt(text, match.Index).Trim()));
            }
        });

        var ordered = findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ToList();
        return new AuditResult(bare, tag, ordered, searched, skipped, coveredCount);
    }

    /// <summary>A whole-token pattern for the tag form and the bare version (the longer first, so a tag is reported once).</summary>
    internal static Regex TokenPattern(string bare, string tag)
    {
        var alternatives = new[] { tag, bare }.Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length).Select(Regex.Escape);
        return new Regex(
            @"(?<![0-9A-Za-z.+])(?:" + string.Join('|', alternatives) + @")(?![0-9A-Za-z]|\.[0-9]|[+\-][0-9A-Za-z])",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(10));
    }

    private static Dictionary<string, List<TextSpan>> CoveredSpans(ReferenceScan scan) => scan.Readings
        .SelectMany(r => r.Values.Select(v => (r.Path, v.Located.Span)))
        .GroupBy(x => x.Path, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Span).ToList(), StringComparer.Ordinal);
}

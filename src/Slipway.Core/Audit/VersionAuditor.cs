using System.Collections.Concurrent;
using System.Text;
using Slipway.Core.Editing;
using Slipway.Core.Files;
using Slipway.Core.References;
using Slipway.Core.Versioning;

namespace Slipway.Core.Audit;

/// <summary>
/// Finds every occurrence of a version (bare, and in its tag form) that no reference covers.
/// Only whole version tokens count: 0.0.0 never matches inside 0.0.0.0, 10.0.0 or 0.0.0-rc1. Files
/// are read once each, in parallel, and searched as bytes (<see cref="VersionTokenScanner"/>);
/// binary files (a NUL byte in the first 8000 bytes, as git decides) and files over 8 MiB are skipped.
/// Never flagged: what Slipway writes for the release (the notes file, the copies' targets, the
/// pins while they hold the release), paths under <c>audit.ignore</c>, and lines its
/// <c>{path, line}</c> rules name.
/// </summary>
public static class VersionAuditor
{
    private const int BinaryProbeLength = 8000;
    private const long MaxFileSize = 8L * 1024 * 1024;

    public static AuditResult Run(ReferenceScan scan, SemVersion version, IReadOnlyList<string> files)
    {
        var bare = version.ToString();
        var tag = scan.Config.Tag.TagFor(version);
        var scanner = new VersionTokenScanner(bare, tag);
        var ignore = scan.Config.Audit.Ignore.Select(g => new Glob(g)).Concat(ReleaseOutputs.For(scan.Config, version)).ToList();
        // The configuration names versions in its own comments and examples; it is not a place to bump.
        var configPath = Path.GetRelativePath(scan.Config.Root, scan.Config.FilePath).Replace('\\', '/');
        ignore.Add(new Glob("/" + configPath));
        var lineRules = scan.Config.Audit.IgnoreLines.Select(r => (Files: new Glob(r.Path), r.Line)).ToList();
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

            var content = Read(full, (int)info.Length);
            if (content.Span[..Math.Min(content.Length, BinaryProbeLength)].Contains((byte)0))
            {
                Interlocked.Increment(ref skipped);
                return;
            }

            Interlocked.Increment(ref searched);
            var tokens = scanner.Find(content.Span);
            if (tokens.Count == 0)
            {
                return; // the common case: nothing is decoded at all
            }

            var bytes = content.ToArray();
            var coveredBytes = covered.TryGetValue(path, out var spans) ? ToByteRanges(bytes, spans) : [];
            var lines = new ByteLines(bytes);
            foreach (var (start, length) in tokens)
            {
                if (coveredBytes.Any(c => (start < c.End && c.Start < start + length) || (c.Start == c.End && c.Start == start)))
                {
                    Interlocked.Increment(ref coveredCount);
                    continue;
                }

                var (line, column, text) = lines.Locate(start);
                if (lineRules.Any(rule => rule.Files.IsMatch(path) && rule.Line.IsMatch(text)))
                {
                    continue;
                }

                findings.Add(new AuditFinding(path, line, column, Encoding.UTF8.GetString(bytes, start, length), text.Trim()));
            }
        });

        var ordered = findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ToList();
        return new AuditResult(bare, tag, ordered, searched, skipped, coveredCount);
    }

    // Each thread reads every file into one buffer of its own, grown as needed: a fresh array per file
    // (160 MB for a tree with vendored sources) cost more in page faults and collections than the search.
    [ThreadStatic]
    private static byte[]? t_buffer;

    private static ReadOnlyMemory<byte> Read(string path, int expected)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var buffer = t_buffer is { } existing && existing.Length >= expected ? existing : t_buffer = new byte[Math.Max(expected, 64 * 1024)];
        // The size just read from the file's status: one read call for the whole file, not a second one to see its end.
        var length = 0;
        int read;
        while (length < expected && (read = RandomAccess.Read(handle, buffer.AsSpan(length, expected - length), length)) > 0)
        {
            length += read;
        }

        return buffer.AsMemory(0, length);
    }

    // Reference spans are in characters of the decoded text (after any byte-order mark); the scan works in bytes.
    private static List<(int Start, int End)> ToByteRanges(byte[] bytes, List<TextSpan> spans)
    {
        var document = TextDocument.Decode(bytes);
        int ByteOffset(int chars) => document.Preamble.Length + document.Encoding.GetByteCount(document.Text.AsSpan(0, Math.Min(chars, document.Text.Length)));
        return spans.Select(s => (ByteOffset(s.Start), ByteOffset(s.End))).ToList();
    }

    // What the references hold, and what the pins hold while a release has set them.
    private static Dictionary<string, List<TextSpan>> CoveredSpans(ReferenceScan scan) => scan.Readings
        .Concat(ReferenceReader.Read(scan.Config, scan.Config.Release.Pins.Select(p => p.Reference), scan.Documents).Readings)
        .SelectMany(r => r.Values.Select(v => (r.Path, v.Located.Span)))
        .GroupBy(x => x.Path, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Span).ToList(), StringComparer.Ordinal);
}

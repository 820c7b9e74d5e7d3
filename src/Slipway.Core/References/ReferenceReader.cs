using Slipway.Core.Configuration;
using Slipway.Core.Editing;
using Slipway.Core.Files;

namespace Slipway.Core.References;

/// <summary>Reads every configured reference: resolves its files, locates its values and checks their count.</summary>
public static class ReferenceReader
{
    public static ReferenceScan Read(SlipwayConfig config, DocumentCache? cache = null) => Read(config, config.Versions, cache);

    /// <summary>The version every reference holds, or null when they do not agree or one cannot be read.</summary>
    public static Versioning.SemVersion? AgreedVersion(SlipwayConfig config) =>
        Read(config) is { } scan && !scan.Problems.Any() && scan.Consensus.Agrees ? scan.Consensus.Version : null;

    /// <summary>Reads the given references (the configured versions, or pins) from <paramref name="cache"/> (default: the work tree).</summary>
    public static ReferenceScan Read(SlipwayConfig config, IEnumerable<VersionReference> references, DocumentCache? cache = null)
    {
        cache ??= new DocumentCache(config.Root);
        var readings = references.SelectMany(reference => ReadReference(reference, cache)).ToList();
        return new ReferenceScan(config, readings, cache);
    }

    private static IEnumerable<ReferenceReading> ReadReference(VersionReference reference, DocumentCache cache)
    {
        if (reference.File is { } file)
        {
            yield return ReadFile(reference, file, cache);
            yield break;
        }

        var paths = cache.Source.Matching(new Glob(reference.Glob!));
        if (paths.Count == 0)
        {
            yield return new ReferenceReading(reference, reference.Glob!, [], reference.Optional ? null : "the glob matches no file");
            yield break;
        }

        foreach (var path in paths)
        {
            yield return ReadFile(reference, path, cache);
        }
    }

    private static ReferenceReading ReadFile(VersionReference reference, string path, DocumentCache cache)
    {
        LoadedDocument? document;
        try
        {
            document = cache.Get(path);
        }
        catch (IOException e)
        {
            return Problem(e.Message);
        }

        if (document is null)
        {
            return reference.Optional ? new ReferenceReading(reference, path, [], null) : Problem("file not found");
        }

        IReadOnlyList<LocatedValue> located;
        try
        {
            located = reference.Locator.Locate(document.Text);
        }
        catch (LocateException e)
        {
            var where = e.Offset is { } offset ? Position(document, offset) + ": " : string.Empty;
            return Problem(where + e.Message);
        }

        var values = located.Select(v =>
        {
            var (line, column) = document.Lines.ToLineColumn(v.Span.Start);
            return new FoundValue(v, line, column, reference.Value.Match(v.Value));
        }).ToList();

        if (values.Count == 0 && reference.Optional)
        {
            return new ReferenceReading(reference, path, [], null);
        }

        if (!reference.Count.Accepts(values.Count))
        {
            var why = values.Count == 0
                ? reference.Locator.ExplainNoMatch(document.Text)
                : $"{values.Count} matches (lines {string.Join(", ", values.Select(Where))}), expected {reference.Count.Describe()}; " +
                  (values.Any(v => v.Located.Note is not null) ? "each branch of a conditional counts: " : string.Empty) +
                  "narrow the locator, or set 'count' to the number of places that must change";
            return new ReferenceReading(reference, path, values, why);
        }

        return new ReferenceReading(reference, path, values, null);

        ReferenceReading Problem(string message) => new(reference, path, [], message);
    }

    private static string Where(FoundValue value) =>
        value.Located.Note is { } note ? $"{value.Line} {note}" : value.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Position(LoadedDocument document, int offset)
    {
        var (line, column) = document.Lines.ToLineColumn(offset);
        return $"{line}:{column}";
    }
}

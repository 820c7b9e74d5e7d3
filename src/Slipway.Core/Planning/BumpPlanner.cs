using Slipway.Core.Diagnostics;
using Slipway.Core.Editing;
using Slipway.Core.Files;
using Slipway.Core.References;
using Slipway.Core.Versioning;

namespace Slipway.Core.Planning;

/// <summary>Computes the edits that make every applicable reference hold a target version.</summary>
public static class BumpPlanner
{
    /// <param name="valueFor">What a reference must hold; by default its value template rendered for <paramref name="target"/> and today (UTC).</param>
    /// <exception cref="SlipwayException">A reference cannot be read, or two references overlap (SW301).</exception>
    public static BumpPlan Plan(ReferenceScan scan, SemVersion target, Func<Configuration.VersionReference, string>? valueFor = null)
    {
        var today = Templates.Placeholders.Dated(target, scan.Config.DateText(DateTimeOffset.UtcNow));
        valueFor ??= reference => reference.Value.Render(today);
        ThrowIfUnreadable(scan);
        var changes = new List<ValueChange>();
        var unchanged = new List<ValueChange>();
        var skipped = new List<SkippedReference>();
        var splices = new Dictionary<string, List<Splice>>(StringComparer.Ordinal);
        var problems = new List<string>();

        foreach (var reading in scan.Readings.Where(r => !r.IsAbsent))
        {
            var reference = reading.Reference;
            if (reference.Follows is { } upstream)
            {
                skipped.Add(new SkippedReference(reference.Label, reading.Path, $"follows {upstream}"));
                continue;
            }

            if (!Applicability.Applies(reference.When, target))
            {
                var kind = target.IsPreRelease ? "pre-release" : "final release";
                skipped.Add(new SkippedReference(reference.Label, reading.Path, $"when: {reference.When.ToString().ToLowerInvariant()} (this is a {kind})"));
                continue;
            }

            var newValue = valueFor(reference);
            foreach (var value in reading.Values)
            {
                var change = new ValueChange(reference.Label, reading.Path, value.Line, value.Column, value.Text, newValue);
                if (string.Equals(value.Text, newValue, StringComparison.Ordinal))
                {
                    unchanged.Add(change);
                    continue;
                }

                try
                {
                    var encoded = ValueEncoder.Encode(newValue, value.Located.Encoding);
                    Add(splices, reading.Path, new Splice(value.Located.Span, encoded, reference.Label));
                    changes.Add(change);
                }
                catch (LocateException e)
                {
                    problems.Add($"{reading.Path}:{value.Line}:{value.Column}: {reference.Label}: {e.Message}");
                }
            }
        }

        var edits = splices.Select(entry => Apply(scan.Documents.Get(entry.Key)!, entry.Value, problems)).OfType<FileEdit>().ToList();
        if (problems.Count > 0)
        {
            throw new SlipwayException(Errors.ReferencesUnreadable, "the bump cannot be planned; no file was changed", null, problems);
        }

        return new BumpPlan(target, edits, changes, unchanged, skipped);
    }

    public static void ThrowIfUnreadable(ReferenceScan scan)
    {
        var problems = scan.Problems.Select(r => $"{r.Path}: {r.Reference.Label} ({r.Reference.Locator.Description}): {r.Problem}").ToList();
        if (problems.Count > 0)
        {
            throw new SlipwayException(Errors.ReferencesUnreadable,
                problems.Count == 1 ? "a version reference cannot be read; no file was changed" : $"{problems.Count} version references cannot be read; no file was changed",
                "fix the file or the entry in slipway.yaml (mark it 'optional: true' if it may be absent)", problems);
        }
    }

    private static void Add(Dictionary<string, List<Splice>> splices, string path, Splice splice)
    {
        if (!splices.TryGetValue(path, out var list))
        {
            splices[path] = list = [];
        }

        list.Add(splice);
    }

    private static FileEdit? Apply(LoadedDocument document, List<Splice> splices, List<string> problems)
    {
        var ordered = splices.DistinctBy(s => (s.Span, s.Text)).OrderBy(s => s.Span.Start).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Span.Overlaps(ordered[i - 1].Span) || ordered[i].Span == ordered[i - 1].Span)
            {
                var (line, column) = document.Lines.ToLineColumn(ordered[i].Span.Start);
                problems.Add($"{document.Path}:{line}:{column}: {ordered[i - 1].Label} and {ordered[i].Label} point at the same text with different values");
                return null;
            }
        }

        var text = document.Text;
        var newText = TextSplicer.Apply(text, ordered.Select(s => (s.Span, s.Text)));
        return new FileEdit(document.Path, document.Bytes, document.Document.Encode(newText), text, newText);
    }

    private sealed record Splice(TextSpan Span, string Text, string Label);
}

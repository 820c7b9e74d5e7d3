using Slipway.Core.Versioning;

namespace Slipway.Core.References;

/// <summary>The state of one value of one reference, as <c>show</c> and <c>verify</c> list it.</summary>
public enum RowStatus
{
    /// <summary>Holds the expected version.</summary>
    Ok,

    /// <summary>Holds something else.</summary>
    Differs,

    /// <summary>An optional file or match that is not there.</summary>
    Absent,

    /// <summary>Not checked for this version (<c>when: final</c> during a pre-release, and so on).</summary>
    NotApplicable,

    /// <summary>Carries another project's version (<c>follows:</c>).</summary>
    Follows,

    /// <summary>Could not be read: missing file, parse error, wrong number of matches.</summary>
    Problem,
}

public sealed record ReferenceRow(
    string Label,
    string Path,
    int? Line,
    int? Column,
    string Locator,
    string? Value,
    string? Implies,
    string? Expected,
    RowStatus Status,
    string? Note)
{
    public string Place => Line is { } line ? $"{Path}:{line}:{Column}" : Path;
}

/// <summary>Every reference checked against one expected version (or against the consensus when none is given).</summary>
public sealed record ReferenceReport(SemVersion? Expected, IReadOnlyList<ReferenceRow> Rows)
{
    public bool AllHoldExpected => Expected is not null && Rows.All(r => r.Status is not (RowStatus.Differs or RowStatus.Problem));

    public IEnumerable<ReferenceRow> Failures => Rows.Where(r => r.Status is RowStatus.Differs or RowStatus.Problem);

    public static ReferenceReport Build(ReferenceScan scan, SemVersion? expected)
    {
        var rows = new List<ReferenceRow>();
        foreach (var reading in scan.Readings)
        {
            var reference = reading.Reference;
            var locator = reference.Locator.Description;
            var applies = expected is null || Applicability.Applies(reference.When, expected);
            var expectedText = expected is null || !applies || reference.Follows is not null ? null : reference.Value.Render(expected);
            if (!reading.IsReadable && reading.Values.Count == 0)
            {
                rows.Add(new ReferenceRow(reference.Label, reading.Path, null, null, locator, null, null, expectedText, RowStatus.Problem, reading.Problem));
                continue;
            }

            if (reading.IsAbsent)
            {
                rows.Add(new ReferenceRow(reference.Label, reading.Path, null, null, locator, null, null, expectedText, RowStatus.Absent, "optional; not present"));
                continue;
            }

            foreach (var value in reading.Values)
            {
                var (status, note) = Classify(reading, value, expected, expectedText, applies);
                rows.Add(new ReferenceRow(reference.Label, reading.Path, value.Line, value.Column, locator, value.Text,
                    value.Implied?.Description, expectedText, status, note));
            }
        }

        return new ReferenceReport(expected, rows);
    }

    private static (RowStatus, string?) Classify(ReferenceReading reading, FoundValue value, SemVersion? expected, string? expectedText, bool applies)
    {
        var reference = reading.Reference;
        if (!reading.IsReadable)
        {
            return (RowStatus.Problem, reading.Problem);
        }

        if (reference.Follows is { } upstream)
        {
            return (RowStatus.Follows, $"carries {upstream}'s version");
        }

        if (!applies)
        {
            return (RowStatus.NotApplicable, $"when: {reference.When.ToString().ToLowerInvariant()}");
        }

        if (expected is null)
        {
            return (RowStatus.Differs, value.Implied is null ? $"does not match '{reference.Value}'" : null);
        }

        if (string.Equals(value.Text, expectedText, StringComparison.Ordinal))
        {
            return (RowStatus.Ok, null);
        }

        return (RowStatus.Differs, value.Implied is null ? $"does not match '{reference.Value}'" : $"expected {expectedText}");
    }
}

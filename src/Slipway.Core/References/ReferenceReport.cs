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

    /// <param name="expected">This repository's version; null to report without an expectation.</param>
    /// <param name="upstreams">
    /// The versions of the repositories that <c>follows:</c> references name, when known (a workspace);
    /// otherwise such references are checked against each other, since they carry one upstream version.
    /// </param>
    public static ReferenceReport Build(ReferenceScan scan, SemVersion? expected, IReadOnlyDictionary<string, SemVersion>? upstreams = null)
    {
        var rows = new List<ReferenceRow>();
        foreach (var reading in scan.Readings)
        {
            var reference = reading.Reference;
            var locator = reference.Locator.Description;
            var versionHere = reference.Follows is { } upstream
                ? upstreams?.GetValueOrDefault(upstream) ?? scan.Following(upstream).Version
                : expected;
            var applies = versionHere is null || Applicability.Applies(reference.When, versionHere);
            var expectedText = versionHere is null || !applies || reference.IsDated ? null : reference.Value.Render(versionHere);
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
                var (status, note) = Classify(reading, value, versionHere, expectedText, applies, upstreams);
                rows.Add(new ReferenceRow(reference.Label, reading.Path, value.Line, value.Column, locator, value.Text,
                    value.Implied?.Description, expectedText, status, note));
            }
        }

        return new ReferenceReport(expected, rows);
    }

    private static (RowStatus, string?) Classify(ReferenceReading reading, FoundValue value, SemVersion? expected, string? expectedText, bool applies, IReadOnlyDictionary<string, SemVersion>? upstreams)
    {
        var reference = reading.Reference;
        if (!reading.IsReadable)
        {
            return (RowStatus.Problem, reading.Problem);
        }

        if (reference.Follows is { } upstream)
        {
            if (expectedText is null || string.Equals(value.Text, expectedText, StringComparison.Ordinal))
            {
                return (RowStatus.Follows, $"carries {upstream}'s version");
            }

            return (RowStatus.Differs, upstreams?.ContainsKey(upstream) == true
                ? $"expected {expectedText}, {upstream}'s version"
                : $"expected {expectedText}: the other references that follow {upstream} hold {expected}");
        }

        if (reference.IsDated)
        {
            return (RowStatus.NotApplicable, "a date: set on each bump and release, not checked");
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

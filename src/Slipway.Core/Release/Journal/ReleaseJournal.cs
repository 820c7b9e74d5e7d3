using System.Text.Json.Serialization;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release.Journal;

/// <summary>
/// Everything a release has done and is waiting for, kept in .git/slipway/releases/TAG.json so that
/// it survives any stop: a failed check, a pull request under review, a killed process.
/// </summary>
public sealed class ReleaseJournal
{
    // Collections have setters, not init: the JSON reader leaves a property it does not find as
    // initialised only through a setter (an init-only one would be null in an older journal).

    /// <summary>The format this build writes; <see cref="JournalMigration"/> reads the older ones.</summary>
    public const string CurrentFormat = "slipway-release/2";

    public string Format { get; set; } = CurrentFormat;

    public required string Project { get; init; }

    public required SemVersion Version { get; init; }

    public required string Tag { get; init; }

    public SemVersion? Previous { get; init; }

    public string? PreviousTag { get; init; }

    /// <summary>Which profile applies: final, prerelease (rc) or patch.</summary>
    public required ReleaseKind Kind { get; init; }

    public required string Base { get; init; }

    public required string Branch { get; init; }

    public required string Remote { get; init; }

    /// <summary>For a patch release: the tag it patches and the commits to cherry-pick.</summary>
    public string? PatchOf { get; init; }

    public List<string> CherryPicks { get; set; } = [];

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset Updated { get; set; }

    public List<StepRecord> Steps { get; set; } = [];

    /// <summary>
    /// The configuration the plan was made from (a SHA-256 of slipway.yaml's bytes): the plan is
    /// pinned to it, and a release goes on under another only when told to. Null in older journals.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>Each change of the configuration a person accepted during the release.</summary>
    public List<ConfigurationChange> ConfigurationChanges { get; set; } = [];

    /// <summary>What the steps learnt and made, for later steps and for a resume.</summary>
    public ReleaseFacts Facts { get; set; } = new();

    /// <summary>Manual steps a person has marked done.</summary>
    public List<string> Marked { get; set; } = [];

    /// <summary>
    /// The refs this release created (refs/heads/…, refs/tags/…) and the object each pointed at when
    /// Slipway last moved it: the only refs abort may delete, and only while they still point there.
    /// </summary>
    public Dictionary<string, string> CreatedRefs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The format the journal was read in, when an older build wrote it (its refs are inferred once).</summary>
    [JsonIgnore]
    public string? MigratedFrom { get; set; }

    [JsonIgnore]
    public bool IsFinished => Steps.Count > 0 && Steps.All(s => s.Status is StepStatus.Done or StepStatus.Skipped);

    public StepRecord Step(string name)
    {
        var record = Steps.FirstOrDefault(s => s.Name == name);
        if (record is null)
        {
            Steps.Add(record = new StepRecord { Name = name });
        }

        return record;
    }

    /// <summary>Whether <paramref name="refName"/> is this release's own and still where Slipway left it.</summary>
    public bool Owns(string refName, string? pointsAt) =>
        pointsAt is not null && CreatedRefs.TryGetValue(refName, out var recorded) && recorded == pointsAt;
}

/// <summary>A configuration changed during a release and accepted ('--accept-config-change'): when, and what it did to the plan.</summary>
public sealed record ConfigurationChange(DateTimeOffset At, string Was, string Now, string Effect);

/// <summary>Which kind of release a journal is: it picks the profile (rc for a pre-release, patch) and the preflight rules.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReleaseKind>))]
public enum ReleaseKind
{
    [JsonStringEnumMemberName("final")]
    Final,

    [JsonStringEnumMemberName("prerelease")]
    PreRelease,

    [JsonStringEnumMemberName("patch")]
    Patch,
}

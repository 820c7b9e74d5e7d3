using System.Text.Json.Serialization;

namespace Slipway.Core.Release;

/// <summary>
/// Everything a release has done and is waiting for, kept in .git/slipway/releases/TAG.json so that
/// it survives any stop: a failed check, a pull request under review, a killed process.
/// </summary>
public sealed class ReleaseJournal
{
    public const string CurrentFormat = "slipway-release/1";

    public string Format { get; set; } = CurrentFormat;

    public required string Project { get; set; }

    public required string Version { get; set; }

    public required string Tag { get; set; }

    public string? Previous { get; set; }

    public string? PreviousTag { get; set; }

    /// <summary>final, prerelease or patch: which profile applies.</summary>
    public required string Kind { get; set; }

    public required string Base { get; set; }

    public required string Branch { get; set; }

    public required string Remote { get; set; }

    /// <summary>For a patch release: the tag it patches and the commits to cherry-pick.</summary>
    public string? PatchOf { get; set; }

    public List<string> CherryPicks { get; set; } = [];

    public DateTimeOffset Created { get; set; }

    public DateTimeOffset Updated { get; set; }

    public List<StepRecord> Steps { get; set; } = [];

    /// <summary>What the steps learnt and made: base-commit, release-commit, merge-commit, tag-object…</summary>
    public Dictionary<string, string> Facts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Manual steps a person has marked done.</summary>
    public List<string> Marked { get; set; } = [];

    /// <summary>
    /// The refs this release created (refs/heads/…, refs/tags/…) and the object each pointed at when
    /// Slipway last moved it: the only refs abort may delete, and only while they still point there.
    /// </summary>
    public Dictionary<string, string> CreatedRefs { get; set; } = new(StringComparer.Ordinal);

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

    public string? Fact(string key) => Facts.TryGetValue(key, out var value) ? value : null;

    /// <summary>Whether <paramref name="refName"/> is this release's own and still where Slipway left it.</summary>
    public bool Owns(string refName, string? pointsAt) =>
        pointsAt is not null && CreatedRefs.TryGetValue(refName, out var recorded) && recorded == pointsAt;
}

public sealed class StepRecord
{
    public required string Name { get; set; }

    public StepStatus Status { get; set; } = StepStatus.Pending;

    public DateTimeOffset? Started { get; set; }

    public DateTimeOffset? Finished { get; set; }

    /// <summary>What happened, what failed, or what the step waits for.</summary>
    public string? Message { get; set; }

    /// <summary>The output of the commands the step ran (the last lines of each).</summary>
    public List<string> Log { get; set; } = [];
}

[JsonConverter(typeof(JsonStringEnumConverter<StepStatus>))]
public enum StepStatus
{
    [JsonStringEnumMemberName("pending")]
    Pending,

    [JsonStringEnumMemberName("running")]
    Running,

    [JsonStringEnumMemberName("done")]
    Done,

    [JsonStringEnumMemberName("skipped")]
    Skipped,

    [JsonStringEnumMemberName("waiting")]
    Waiting,

    [JsonStringEnumMemberName("failed")]
    Failed,
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ReleaseJournal))]
internal sealed partial class JournalJson : JsonSerializerContext;

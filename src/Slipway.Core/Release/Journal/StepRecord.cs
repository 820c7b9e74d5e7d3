using System.Text.Json.Serialization;

namespace Slipway.Core.Release.Journal;

/// <summary>One step of a release as the journal keeps it: its status, times, message and log.</summary>
public sealed class StepRecord
{
    public required string Name { get; init; }

    public StepStatus Status { get; set; } = StepStatus.Pending;

    public DateTimeOffset? Started { get; set; }

    public DateTimeOffset? Finished { get; set; }

    /// <summary>What happened, what failed, or what the step waits for.</summary>
    public string? Message { get; set; }

    /// <summary>The output of the commands the step ran (the last lines of each).</summary>
    public List<string> Log { get; set; } = [];

    /// <summary>Why a person skipped the step ('slipway skip STEP --reason'); null when no one did. <see cref="Finished"/> says when.</summary>
    public string? Reason { get; set; }

    /// <summary>
    /// The paths (from the repository root) already changed when the step's current attempt began,
    /// kept across a kill so that a resumed attempt still knows what it found; null between attempts.
    /// </summary>
    public List<string>? Baseline { get; set; }

    /// <summary>The paths the step changed: what the release commit holds. Null in a journal an older build wrote.</summary>
    public List<string>? Changed { get; set; }
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

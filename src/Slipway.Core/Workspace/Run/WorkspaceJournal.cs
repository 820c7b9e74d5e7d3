using System.Text.Json.Serialization;

namespace Slipway.Core.Workspace.Run;

/// <summary>
/// A workspace release: which repositories it releases at which version, where each one stands, and
/// the hand-offs. Each repository's own journal records its steps; this one records what only the
/// workspace knows (which repository waits for which, the hand-offs' branches and pull requests). A
/// copy is kept in every repository's state directory, beside its own journals, so any clone knows.
/// </summary>
public sealed class WorkspaceJournal
{
    public const string CurrentFormat = "slipway-workspace/1";

    public string Format { get; set; } = CurrentFormat;

    /// <summary>The name the journal is kept under and every view titles it with (<see cref="NameFor"/>).</summary>
    public required string Name { get; init; }

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset Updated { get; set; }

    /// <summary>In release order.</summary>
    public List<MemberRecord> Repositories { get; set; } = [];

    public List<HandoffRecord> Handoffs { get; set; } = [];

    [JsonIgnore]
    public bool IsFinished => Repositories.All(r => r.State == MemberState.Released) && Handoffs.All(h => h.State == HandoffState.Merged);

    /// <summary>
    /// The name of a release of these repositories at these versions, in release order: the version when
    /// they share one (<c>0.9.0</c>), else each repository's (<c>bpfman 0.9.0, bpfman-operator 0.8.1</c>), so
    /// no title calls the release by one repository's version.
    /// </summary>
    public static string NameFor(IReadOnlyList<(string Repository, string Version)> releases) =>
        releases.Select(r => r.Version).Distinct(StringComparer.Ordinal).Count() == 1
            ? releases[0].Version
            : string.Join(", ", releases.Select(r => $"{r.Repository} {r.Version}"));

    public MemberRecord Member(string name) => Repositories.Single(r => r.Name == name);

    public HandoffRecord Handoff(string name) => Handoffs.Single(h => h.Name == name);
}

/// <summary>One repository of a workspace release.</summary>
public sealed class MemberRecord
{
    public required string Name { get; init; }

    public required string Version { get; init; }

    public required string Tag { get; init; }

    public MemberState State { get; set; }

    /// <summary>What it waits for, as status shows it (an upstream's tag, a merge, a person).</summary>
    public string? Waiting { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<MemberState>))]
public enum MemberState
{
    /// <summary>Not started: nothing changed in it yet.</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    /// <summary>Not started, because an upstream repository is not tagged (or its artifacts not published) yet.</summary>
    [JsonStringEnumMemberName("upstream")]
    WaitingForUpstream,

    /// <summary>Its own release is under way (its journal says at which step).</summary>
    [JsonStringEnumMemberName("releasing")]
    Releasing,

    [JsonStringEnumMemberName("released")]
    Released,
}

/// <summary>One hand-off of a workspace release: the branch it made in the target clone and its pull request.</summary>
public sealed class HandoffRecord
{
    public required string Name { get; init; }

    public required string Branch { get; init; }

    public HandoffState State { get; set; }

    /// <summary>The commit Slipway made for the branch, recorded before the branch is created: the only one abort deletes the branch at.</summary>
    public string? Commit { get; set; }

    public int? PullRequest { get; set; }

    public string? PullRequestUrl { get; set; }

    public string? Waiting { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<HandoffState>))]
public enum HandoffState
{
    [JsonStringEnumMemberName("pending")]
    Pending,

    /// <summary>Committed on its branch and pushed; the pull request is open (or a person is to open it).</summary>
    [JsonStringEnumMemberName("proposed")]
    Proposed,

    [JsonStringEnumMemberName("merged")]
    Merged,
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(WorkspaceJournal))]
internal sealed partial class WorkspaceJson : JsonSerializerContext;

using Slipway.Core.Versioning;

namespace Slipway.Core.Notes;

/// <summary>
/// The commits a release note covers: from the previous release's tag (exclusive; null for a first
/// release or --all) to a revision, and the versions at both ends.
/// </summary>
public sealed record ReleaseRange(
    SemVersion Version,
    string Tag,
    string? From,
    string To,
    SemVersion? Previous,
    string? PreviousTag,
    IReadOnlyList<string> Warnings)
{
    public bool IsFirstRelease => From is null;

    /// <summary>
    /// When the previous release was not given, the tagged versions that may be it, greatest first;
    /// the first one that is an ancestor of <see cref="To"/> is it (see <see cref="HistoryRange"/>).
    /// </summary>
    public IReadOnlyList<PreviousRelease> PreviousCandidates { get; init; } = [];

    /// <summary>
    /// When both ends are settled (--all, --from), the final releases tagged between them by version,
    /// oldest first: where a long range may be read in segments at once (see <see cref="SegmentedHistory"/>).
    /// </summary>
    public IReadOnlyList<PreviousRelease> InnerReleases { get; init; } = [];

    public ReleaseRange WithPrevious(PreviousRelease previous) =>
        this with { From = previous.Tag, Previous = previous.Version, PreviousTag = previous.Tag, PreviousCandidates = [], InnerReleases = [] };
}

/// <summary>A release that may be the previous one: its version, tag and commit.</summary>
public sealed record PreviousRelease(SemVersion Version, string Tag, History.CommitId Commit);

/// <summary>
/// The previous final release already found for an end by the same command (notes without
/// --version asks what next computes first): <see cref="Version"/> is null when no final release is
/// reachable from <see cref="End"/>. The greater tags were found unreachable then, so a second search
/// for the same end starts at this one instead of reading their histories again.
/// </summary>
public sealed record KnownPrevious(SemVersion? Version, string End);

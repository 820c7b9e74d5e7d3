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
}

namespace Slipway.Core.Release;

/// <summary>What 'slipway release' was asked: a version or keyword, and for a patch release the tag it patches and the commits to pick.</summary>
public sealed record ReleaseRequest(string Target)
{
    public string? PatchOf { get; init; }

    public IReadOnlyList<string> CherryPicks { get; init; } = [];
}

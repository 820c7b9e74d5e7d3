using Slipway.Core.Versioning;

namespace Slipway.Core.Api.Upgrades;

/// <summary>
/// One release, as the CRDs at its tag and at the release before it say (<see cref="CrdsChanged"/>,
/// <see cref="Summary"/>), and as the upgrade table says (<see cref="Row"/>, null when it has none).
/// </summary>
public sealed record ReleaseHistory(SemVersion Version, string Tag, string? PreviousTag, bool CrdsChanged, string Summary, UpgradeRow? Row)
{
    /// <summary>ok, missing (CRDs changed, no row), unlisted (no change, no row: a table may leave those out), or contradicts.</summary>
    public string Status => Row switch
    {
        null => CrdsChanged ? "missing" : "unlisted",
        { CrdsChanged: { } says } when says != CrdsChanged => "contradicts",
        _ => "ok",
    };

    public bool IsProblem => Status is "missing" or "contradicts";
}

/// <summary>What <c>slipway api --check-history</c> found: every release, and the rows that name no release or cannot be read.</summary>
public sealed record HistoryReport(string File, string ReadFrom, IReadOnlyList<ReleaseHistory> Releases, IReadOnlyList<UpgradeRow> UnknownRows, IReadOnlyList<(UpgradeRow Row, string Problem)> UnreadableRows)
{
    public IEnumerable<ReleaseHistory> Problems => Releases.Where(r => r.IsProblem);
}

using Slipway.Core.Api.Upgrades;

namespace Slipway.Core.Api;

/// <summary>An entry for the release notes: the section it belongs to (<c>breaking</c> or <c>feat</c>, the notes' categories), a title and one paragraph.</summary>
public sealed record ApiNoteEntry(string Section, string Title, string Text);

/// <summary>
/// KubeOpenCode's CRD change reminder as notes: when a release changes any CRD, say so under Breaking
/// Changes (when a change breaks) or New Features, remind that <c>helm upgrade</c> does not update CRDs,
/// and point to the upgrade procedure.
/// </summary>
public static class ApiNotes
{
    public const string Title = "CRD changes";

    /// <param name="report">The gate's report for the release.</param>
    /// <param name="upgradeDocs">The link to the upgrade procedure (see <see cref="UpgradeDocs"/>); null when there is none to give.</param>
    public static IReadOnlyList<ApiNoteEntry> Entries(ApiReport report, string? upgradeDocs)
    {
        if (!report.CrdsChanged)
        {
            return [];
        }

        var breaking = report.Visible.Any(f => f.Class == FindingClass.Breaking);
        var procedure = upgradeDocs is null ? "the upgrade procedure" : $"the [upgrade procedure]({upgradeDocs})";
        var text = $"{ChangeSummary.Describe(report.Changes)}. `helm upgrade` does not update CRDs: apply the new CRDs before upgrading, as {procedure} describes.";
        return [new ApiNoteEntry(breaking ? "breaking" : "feat", Title, text)];
    }

    /// <summary>
    /// The upgrade procedure's address: the history file on the forge at the release's tag, or its
    /// path in the repository when there is no forge.
    /// </summary>
    /// <param name="historyPath">The history file's path from the repository root.</param>
    public static string UpgradeDocs(string historyPath, string? repositoryUrl, string tag) =>
        repositoryUrl is null ? historyPath : $"{repositoryUrl.TrimEnd('/')}/blob/{tag}/{historyPath}";
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Slipway.Core.Api;
using Slipway.Core.Api.Upgrades;
using Slipway.Core.Configuration;

namespace Slipway.Cli.Output;

/// <summary>
/// What 'slipway api --json' prints: crdify's grouping (crdValidation, sameVersionValidation, servedVersionValidation) per CRD.
/// Only written, never read: the generated writers alone (no property metadata, which the serializer
/// otherwise builds at the first document, a millisecond of the gate's run).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(ApiJson))]
[JsonSerializable(typeof(HistoryJson))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;

internal sealed record ApiJson(
    string? From, string? FromCommit, string To, string ToCommit, bool Ok, bool CrdsChanged, int Crds, ApiSummaryJson Summary, ApiBumpJson? MinimumBump,
    IReadOnlyList<CrdJson> Changes, StaleJson? Stale, IReadOnlyList<string> UnusedAllowances, IReadOnlyList<string> Warnings)
{
    public static ApiJson Of(ApiReport report, bool ok, ApiBump? bump, string? bumpVersion)
    {
        var findings = report.Findings.ToList();
        var summary = new ApiSummaryJson(
            findings.Count(f => f.Class == FindingClass.Breaking && f.Severity != FindingSeverity.Off),
            findings.Count(f => f.Class == FindingClass.Compatible && f.Severity != FindingSeverity.Off),
            findings.Count(f => f.Class == FindingClass.Cosmetic && f.Severity != FindingSeverity.Off),
            findings.Count(f => f.Class == FindingClass.Unclassified && f.Severity != FindingSeverity.Off),
            findings.Count(f => f.Allowed is not null),
            findings.Count(f => f.Fails),
            findings.Count(f => f.Severity == FindingSeverity.Off));
        var range = report.Range;
        return new ApiJson(range.From, range.FromCommit, range.To, range.ToCommit, ok, report.CrdsChanged, report.CrdCount, summary,
            bump is null ? null : new ApiBumpJson(bump.Level.ToString().ToLowerInvariant(), bumpVersion, bump.Reason),
            ByCrd(report.Changes),
            report.Stale is { } stale ? new StaleJson(ApiText.Severity(report.StaleSeverity), stale.ChangedTypes) : null,
            report.UnusedAllowances.Select(a => a.Label).ToList(), report.Warnings);
    }

    /// <summary>Each changed CRD's findings, sorted and grouped on every core (each CRD on its own), in the report's order.</summary>
    private static CrdJson[] ByCrd(IReadOnlyList<CrdChange> changes)
    {
        var shown = new CrdJson[changes.Count];
        Parallel.For(0, changes.Count, i => shown[i] = CrdJson.From(changes[i]));
        return shown;
    }
}

internal sealed record ApiSummaryJson(int Breaking, int Compatible, int Cosmetic, int Unclassified, int Accepted, int Failing, int Off);

internal sealed record ApiBumpJson(string Level, string? Version, string Reason);

internal sealed record StaleJson(string Severity, IReadOnlyList<string> ChangedTypes);

internal sealed record VersionFindingsJson(string Version, IReadOnlyList<ApiFindingJson> Findings);

internal sealed record CrdJson(
    string Name, string? Kind, string Status, string? OldFile, string? NewFile,
    IReadOnlyList<ApiFindingJson> CrdValidation, IReadOnlyList<VersionFindingsJson> SameVersionValidation, IReadOnlyList<VersionFindingsJson> ServedVersionValidation)
{
    public static CrdJson From(CrdChange change) => new(change.Name, change.Kind, change.Status, change.OldFile, change.NewFile,
        Sorted(change.Findings.Where(f => f.Group == FindingGroup.Crd)),
        ByVersion(change, FindingGroup.SameVersion), ByVersion(change, FindingGroup.ServedVersions));

    private static List<VersionFindingsJson> ByVersion(CrdChange change, FindingGroup group) => change.Findings
        .Where(f => f.Group == group)
        .GroupBy(f => f.Version ?? string.Empty)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new VersionFindingsJson(g.Key, Sorted(g)))
        .ToList();

    // By property, then rule, as crdify sorts its results.
    private static List<ApiFindingJson> Sorted(IEnumerable<Finding> findings) => findings
        .OrderBy(f => f.Version, StringComparer.Ordinal).ThenBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Rule, StringComparer.Ordinal)
        .Select(ApiFindingJson.From).ToList();
}

internal sealed record ApiFindingJson(
    string Rule, string Class, string Severity, string Crd, string? Version, string Path, string Message, JsonElement? Old, JsonElement? New, string? Location, string? Accepted)
{
    public static ApiFindingJson From(Finding f) => new(f.Rule, ApiText.Class(f.Class), ApiText.Severity(f.Severity), f.Crd, f.Version, f.Path, f.Message,
        Value(f.Old), Value(f.New), f.Location, f.Allowed);

    private static JsonElement? Value(string? json)
    {
        if (json is null)
        {
            return null;
        }

        return JsonElement.Parse(json);
    }
}

internal sealed record HistoryRowJson(string Version, string CrdChanges, string Description);

internal sealed record ReleaseHistoryJson(string Version, string Tag, string? PreviousTag, bool CrdsChanged, string Summary, string Status, HistoryRowJson? Row)
{
    public static ReleaseHistoryJson From(ReleaseHistory release) => new(release.Version.ToString(), release.Tag, release.PreviousTag, release.CrdsChanged,
        release.Summary, release.Status, release.Row is { } row ? RowOf(row) : null);

    public static HistoryRowJson RowOf(UpgradeRow row) => new(row.VersionText, row.Line.Cells.Count > 1 ? row.Line.Cells[1].Trim() : string.Empty, row.Description);
}

internal sealed record UnreadableRowJson(HistoryRowJson Row, string Problem);

internal sealed record HistoryJson(string File, string ReadFrom, bool Ok, IReadOnlyList<ReleaseHistoryJson> Releases, IReadOnlyList<HistoryRowJson> UnknownRows, IReadOnlyList<UnreadableRowJson> UnreadableRows);

using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Upgrades;

/// <summary>
/// One line that says what changed in the CRDs, for the upgrade table's Description and the notes:
/// per CRD kind, the fields added and removed, the breaking changes by rule, and documentation-only
/// changes, in a fixed order; long lists are cut. It never holds a '|' (it goes into a table cell).
/// </summary>
public static class ChangeSummary
{
    private const int MaxPaths = 4;

    public static string Describe(IEnumerable<CrdChange> changes)
    {
        var clauses = changes
            .Where(c => c.Findings.Count > 0)
            .OrderBy(c => c.Kind ?? c.Name, StringComparer.Ordinal)
            .Select(c => $"{c.Kind ?? c.Name}: {string.Join("; ", Parts(c))}")
            .ToList();
        return clauses.Count == 0 ? "No CRD changes" : string.Join("; ", clauses).Replace("|", "\\|", StringComparison.Ordinal);
    }

    private static IEnumerable<string> Parts(CrdChange change)
    {
        var findings = change.Findings;
        if (findings.Any(f => f.Rule == ApiRuleNames.CrdAddition))
        {
            yield return "new CRD";
            yield break;
        }

        if (findings.Any(f => f.Rule == ApiRuleNames.CrdRemoval))
        {
            yield return "CRD removed (breaking)";
            yield break;
        }

        var versionsAdded = Versions(findings, ApiRuleNames.VersionAddition);
        var versionsRemoved = Versions(findings, ApiRuleNames.StoredVersionRemoval, ApiRuleNames.VersionRemoval);
        var added = Paths(findings.Where(f => f.Rule == ApiRuleNames.FieldAddition));
        var removed = Paths(findings.Where(f => f.Rule == ApiRuleNames.ExistingFieldRemoval));
        var judged = new HashSet<string>(StringComparer.Ordinal)
        {
            ApiRuleNames.VersionAddition, ApiRuleNames.StoredVersionRemoval, ApiRuleNames.VersionRemoval, ApiRuleNames.FieldAddition, ApiRuleNames.ExistingFieldRemoval,
        };
        var rest = findings.Where(f => !judged.Contains(f.Rule)).ToList();
        var parts = new List<string>();
        if (versionsAdded.Length > 0)
        {
            parts.Add($"added version {versionsAdded}");
        }

        if (versionsRemoved.Length > 0)
        {
            parts.Add($"removed version {versionsRemoved}{(findings.Any(f => f.Rule == ApiRuleNames.StoredVersionRemoval) ? " (breaking)" : string.Empty)}");
        }

        if (added.Length > 0)
        {
            parts.Add($"added {added}");
        }

        if (removed.Length > 0)
        {
            parts.Add($"removed {removed} (breaking)");
        }

        parts.AddRange(Labelled("breaking", rest.Where(f => f.Class == FindingClass.Breaking)));
        parts.AddRange(Labelled("changed", rest.Where(f => f.Class == FindingClass.Compatible)));
        parts.AddRange(Labelled("unclassified", rest.Where(f => f.Class == FindingClass.Unclassified)));
        if (parts.Count == 0)
        {
            parts.Add("documentation only");
        }

        foreach (var part in parts)
        {
            yield return part;
        }
    }

    private static IEnumerable<string> Labelled(string label, IEnumerable<Finding> findings)
    {
        var byPath = findings.GroupBy(f => f.Path).Select(g => $"`{g.Key}` ({string.Join(", ", g.Select(f => f.Rule).Distinct())})").ToList();
        if (byPath.Count > 0)
        {
            yield return $"{label}: {Cut(byPath)}";
        }
    }

    private static string Versions(IEnumerable<Finding> findings, params string[] rules) =>
        string.Join(", ", findings.Where(f => rules.Contains(f.Rule)).Select(f => f.Version).Distinct());

    private static string Paths(IEnumerable<Finding> findings) => Cut(findings.Select(f => $"`{f.Path}`").Distinct().ToList());

    private static string Cut(List<string> items) => items.Count <= MaxPaths
        ? string.Join(", ", items)
        : $"{string.Join(", ", items.Take(MaxPaths))} and {items.Count - MaxPaths} more";
}

using Slipway.Core.Configuration;

namespace Slipway.Core.Api;

/// <summary>
/// Applies the configuration to findings: a breaking finding is an error unless <c>api.rules</c> makes
/// its rule a warning (or drops it); an unclassified one takes <c>api.unclassified</c>; compatible and
/// cosmetic findings are information and never fail the gate. An entry of <c>api.allow</c> that
/// matches a finding accepts it, with its reason.
/// </summary>
public static class FindingPolicy
{
    public static (IReadOnlyList<Finding> Findings, IReadOnlyList<ApiAllowance> Unused) Apply(IEnumerable<Finding> findings, ApiSettings settings)
    {
        var used = new HashSet<ApiAllowance>();
        var judged = new List<Finding>();
        foreach (var finding in findings)
        {
            var severity = Severity(finding, settings);
            var allowance = severity == FindingSeverity.Off ? null : settings.Allow.FirstOrDefault(a => Matches(a, finding));
            if (allowance is not null)
            {
                used.Add(allowance);
            }

            judged.Add(finding with { Severity = severity, Allowed = allowance is null ? null : $"{allowance.Label}: {allowance.Reason}" });
        }

        return (judged, settings.Allow.Where(a => !used.Contains(a)).ToList());
    }

    public static FindingSeverity Severity(Finding finding, ApiSettings settings)
    {
        var configured = settings.Rules.TryGetValue(finding.Rule, out var own) ? own : (FindingSeverity?)null;
        return finding.Class switch
        {
            FindingClass.Breaking => configured ?? FindingSeverity.Error,
            FindingClass.Unclassified => settings.Unclassified,
            _ => configured == FindingSeverity.Off ? FindingSeverity.Off : FindingSeverity.Info,
        };
    }

    /// <summary>Same rule and path; the CRD as <c>plural.group</c> (any version) or <c>plural.group/version</c>.</summary>
    public static bool Matches(ApiAllowance allowance, Finding finding) =>
        allowance.Rule == finding.Rule
        && allowance.Path == finding.Path
        && (allowance.Crd == finding.Crd || allowance.Crd == finding.Where);
}

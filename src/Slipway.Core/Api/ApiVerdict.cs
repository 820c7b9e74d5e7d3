using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Api;

/// <summary>
/// Whether a report passes the gate: breaking findings that are errors and not accepted fail it
/// (SW110), then unclassified ones (SW113), then stale CRDs when configured as an error (SW111).
/// </summary>
public static class ApiVerdict
{
    /// <param name="release">For a release: breaking changes do not fail it, they raise the version it needs (<see cref="MinimumBump"/>).</param>
    public static SlipwayException? Of(ApiReport report, bool release = false)
    {
        var failing = report.Findings.Where(f => f.Fails && !(release && f.Class == FindingClass.Breaking)).ToList();
        var between = report.Range.From is null ? $"in {report.Range.To} (no release before it)" : $"between {report.Range.From} and {report.Range.To}";
        var details = failing.Select(f => $"{f.Where} {f.Path}: {f.Rule}: {f.Message}").ToList();
        var breaking = failing.Count(f => f.Class == FindingClass.Breaking);
        if (breaking > 0)
        {
            var also = failing.Count > breaking ? $" and {failing.Count - breaking} unclassified" : string.Empty;
            return new SlipwayException(Errors.ApiBreaking, $"{breaking} breaking CRD change(s){also} {between}",
                "if a change is intended, accept it in api.allow with a reason (and release it as the bump policy requires)", details);
        }

        if (failing.Count > 0)
        {
            return new SlipwayException(Errors.ApiUnclassified, $"{failing.Count} CRD change(s) {between} that no rule classifies",
                "review them; accept each in api.allow with a reason, or set api.unclassified: warn", details);
        }

        if (report.Stale is { } stale && report.StaleSeverity == FindingSeverity.Error)
        {
            return new SlipwayException(Errors.CrdsStale, $"the Go types changed {between} but the CRD manifests did not",
                "regenerate the CRDs (make manifests, or update-crds) and commit them", [.. stale.ChangedTypes]);
        }

        return null;
    }
}

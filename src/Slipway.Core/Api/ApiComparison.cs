using Slipway.Core.Api.Crds;
using Slipway.Core.Api.Snapshots;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api;

/// <summary>
/// Compares the CRDs of two snapshots: paired by name, and a CRD whose name changed with its plural
/// (same group and kind) is still paired with itself, so that the rename is a finding rather than a
/// removal and an addition.
/// </summary>
public static class ApiComparison
{
    public static IReadOnlyList<CrdChange> Compare(CrdSnapshot old, CrdSnapshot @new, ApiPolicy policy)
    {
        var pairs = new List<(CustomResourceDefinition? Old, CustomResourceDefinition? New)>();
        var unpairedOld = old.Crds.Values.Where(c => !@new.Crds.ContainsKey(c.Name)).ToList();
        foreach (var crd in @new.Crds.Values)
        {
            if (old.Crds.TryGetValue(crd.Name, out var was))
            {
                pairs.Add((was, crd));
                continue;
            }

            var renamed = unpairedOld.FirstOrDefault(o => o.Group == crd.Group && o.Kind is not null && o.Kind == crd.Kind);
            if (renamed is not null)
            {
                unpairedOld.Remove(renamed);
            }

            pairs.Add((renamed, crd));
        }

        pairs.AddRange(unpairedOld.Select(o => ((CustomResourceDefinition?)o, (CustomResourceDefinition?)null)));
        var changes = new List<CrdChange>();
        foreach (var (was, now) in pairs.OrderBy(p => (p.New ?? p.Old)!.Name, StringComparer.Ordinal))
        {
            var findings = CrdComparer.Compare(was, now, policy);
            if (findings.Count > 0)
            {
                var crd = (now ?? was)!;
                changes.Add(new CrdChange(crd.Name, crd.Kind, was?.File, now?.File, findings));
            }
        }

        return changes;
    }
}

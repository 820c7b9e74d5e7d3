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
        var ordered = pairs.OrderBy(p => (p.New ?? p.Old)!.Name, StringComparer.Ordinal).ToList();
        var findings = Compared(ordered, policy);
        var changes = new List<CrdChange>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (findings[i].Count > 0)
            {
                var (was, now) = ordered[i];
                var crd = (now ?? was)!;
                changes.Add(new CrdChange(crd.Name, crd.Kind, was?.File, now?.File, findings[i]));
            }
        }

        return changes;
    }

    /// <summary>
    /// Each pair's findings, in the pairs' order. The pairs share nothing (each CRD is in one pair,
    /// and the rules keep no state), so they are compared on every core: on one, comparing a
    /// release's CRDs was a seventh of the gate's time, all of it after the last file was read.
    /// </summary>
    private static IReadOnlyList<Finding>[] Compared(List<(CustomResourceDefinition? Old, CustomResourceDefinition? New)> pairs, ApiPolicy policy)
    {
        var findings = new IReadOnlyList<Finding>[pairs.Count];
        Parallel.For(0, pairs.Count, i => findings[i] = CrdComparer.Compare(pairs[i].Old, pairs[i].New, policy));
        return findings;
    }
}

using Slipway.Core.Api.Schemas;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Crds;

/// <summary>
/// crdify's served-version validation: every pair of served versions of the new CRD is compared as
/// an upgrade from the older to the newer, since a client may read through either; a problem already
/// present between the same pair in the old CRD is not new, and is left out. Only what breaks or
/// cannot be judged is kept: that a newer version has more fields or other descriptions is normal.
/// </summary>
internal static class ServedVersionComparer
{
    public static IEnumerable<Finding> Compare(CustomResourceDefinition old, CustomResourceDefinition @new, ApiPolicy policy)
    {
        var known = Pairs(old, old, policy).Select(Key).ToHashSet(StringComparer.Ordinal);
        return Pairs(@new, @new, policy).Where(f => !known.Contains(Key(f)));
    }

    private static IEnumerable<Finding> Pairs(CustomResourceDefinition crd, CustomResourceDefinition sameCrd, ApiPolicy policy)
    {
        var served = crd.Versions.Where(v => v.Served).ToList();
        served.Sort((a, b) => KubeVersion.Compare(a.Name, b.Name));
        for (var i = 0; i < served.Count - 1; i++)
        {
            for (var j = i + 1; j < served.Count; j++)
            {
                var scope = new SchemaScope(crd.Name, $"{served[i].Name} -> {served[j].Name}", FindingGroup.ServedVersions, crd, sameCrd);
                foreach (var finding in SchemaComparer.Compare(served[i].Schema, served[j].Schema, scope, policy))
                {
                    if (finding.Class is FindingClass.Breaking or FindingClass.Unclassified)
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private static string Key(Finding finding) => string.Join('\u0001', finding.Version, finding.Path, finding.Rule, finding.Message);
}

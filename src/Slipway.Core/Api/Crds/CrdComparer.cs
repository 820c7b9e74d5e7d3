using Slipway.Core.Api.Schemas;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Crds;

/// <summary>
/// Compares one CustomResourceDefinition at two revisions with every rule: the whole CRD, each version
/// against the same version (every version served at either end), and the served versions against
/// each other. A CRD present at one end only is added or removed as a whole.
/// </summary>
public static class CrdComparer
{
    public static IReadOnlyList<Finding> Compare(CustomResourceDefinition? old, CustomResourceDefinition? @new, ApiPolicy policy)
    {
        if (old is null && @new is null || ReferenceEquals(old, @new))
        {
            return [];
        }

        if (old is null || @new is null)
        {
            var crd = (old ?? @new)!;
            var finding = old is null
                ? new Finding(ApiRuleNames.CrdAddition, FindingClass.Compatible, FindingGroup.Crd, crd.Name, null, ".", $"CRD added (kind {crd.Kind})")
                : new Finding(ApiRuleNames.CrdRemoval, FindingClass.Breaking, FindingGroup.Crd, crd.Name, null, ".", $"CRD removed (kind {crd.Kind}): its objects are deleted with it");
            return [finding with { Location = crd.Location(crd.Line), AlphaOnly = crd.Versions.Count > 0 && crd.Versions.All(v => KubeVersion.IsAlpha(v.Name)) }];
        }

        if (old.Manifest.SameAs(@new.Manifest))
        {
            return [];
        }

        var findings = new List<Finding>();
        findings.AddRange(CrdShapeRules.Judge(old, @new));
        findings.AddRange(VersionRules.Judge(old, @new));
        foreach (var now in @new.Versions)
        {
            if (old.Version(now.Name) is { } was && (was.Served || now.Served))
            {
                var scope = new SchemaScope(@new.Name, now.Name, FindingGroup.SameVersion, old, @new);
                findings.AddRange(SchemaComparer.Compare(was.Schema, now.Schema, scope, policy));
            }
        }

        findings.AddRange(ServedVersionComparer.Compare(old, @new, policy));
        var alphaCrd = old.Versions.Count > 0 && old.Versions.All(v => KubeVersion.IsAlpha(v.Name));
        return findings.Select(f => AlphaOnly(f, alphaCrd) ? f with { AlphaOnly = true } : f).ToList();
    }

    private static bool AlphaOnly(Finding finding, bool alphaCrd) => finding.Version is null
        ? alphaCrd
        : finding.Version.Split(" -> ").All(KubeVersion.IsAlpha);
}

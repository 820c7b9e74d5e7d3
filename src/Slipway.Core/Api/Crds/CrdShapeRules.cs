using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Crds;

/// <summary>
/// The CRD as a whole: crdify's <c>scope</c>; its names (kind, plural, singular, list kind, short
/// names, categories), which clients and kubectl address it by; its labels and annotations; and
/// anything else of the manifest outside the versions, which no rule judges.
/// </summary>
internal static class CrdShapeRules
{
    private static readonly string[] RenamingKeys = ["kind", "plural", "singular", "listKind"];
    private static readonly string[] AliasKeys = ["shortNames", "categories"];
    private static readonly HashSet<string> JudgedSpecKeys =
        new(StringComparer.Ordinal) { "group", "names", "scope", "versions", "version", "validation", "subresources", "additionalPrinterColumns" };

    // Fields the API server fills in: a manifest copied from a cluster carries them, and they say nothing about the API.
    private static readonly HashSet<string> ServerMetadata =
        new(StringComparer.Ordinal) { "name", "creationTimestamp", "generation", "resourceVersion", "uid", "managedFields", "selfLink" };

    public static IEnumerable<Finding> Judge(CustomResourceDefinition old, CustomResourceDefinition @new)
    {
        var found = new List<Finding>();
        var (before, after) = (old.Spec, @new.Spec);
        if (!ManifestNode.Same(before["scope"], after["scope"]))
        {
            found.Add(At(old, @new, ApiRuleNames.Scope, FindingClass.Breaking, ".spec.scope", $"scope changed from {Text(before["scope"])} to {Text(after["scope"])}", before["scope"], after["scope"]));
        }

        var (oldNames, newNames) = (before.Map("names"), after.Map("names"));
        foreach (var key in RenamingKeys.Where(k => !ManifestNode.Same(oldNames?[k], newNames?[k])))
        {
            found.Add(At(old, @new, ApiRuleNames.Names, FindingClass.Breaking, ".spec.names." + key, $"{key} changed from {Text(oldNames?[key])} to {Text(newNames?[key])}", oldNames?[key], newNames?[key]));
        }

        foreach (var key in AliasKeys)
        {
            var (was, now) = (Words(oldNames?[key]), Words(newNames?[key]));
            if (was.Except(now).ToList() is { Count: > 0 } dropped)
            {
                found.Add(At(old, @new, ApiRuleNames.Names, FindingClass.Breaking, ".spec.names." + key, $"{key} removed: {string.Join(", ", dropped)}", oldNames?[key], newNames?[key]));
            }

            if (now.Except(was).ToList() is { Count: > 0 } added)
            {
                found.Add(At(old, @new, ApiRuleNames.Names, FindingClass.Compatible, ".spec.names." + key, $"{key} added: {string.Join(", ", added)}", oldNames?[key], newNames?[key]));
            }
        }

        foreach (var key in Keys(oldNames, newNames).Where(k => !RenamingKeys.Contains(k) && !AliasKeys.Contains(k)))
        {
            found.Add(Unjudged(old, @new, ".spec.names." + key, oldNames?[key], newNames?[key]));
        }

        found.AddRange(Metadata(old, @new));
        found.AddRange(Keys(before, after).Where(k => !JudgedSpecKeys.Contains(k)).Select(k => Unjudged(old, @new, ".spec." + k, before[k], after[k])));
        found.AddRange(Keys(old.Manifest, @new.Manifest).Where(k => k is not ("metadata" or "spec" or "status" or "kind"))
            .Select(k => Unjudged(old, @new, "." + k, old.Manifest[k], @new.Manifest[k])));
        return found;
    }

    /// <summary>The keys of two maps whose values differ.</summary>
    internal static IEnumerable<string> Keys(ManifestMap? a, ManifestMap? b) =>
        (a?.Keys ?? []).Union(b?.Keys ?? []).Where(k => !ManifestNode.Same(a?[k], b?[k]));

    /// <summary>A finding about the whole CRD, located where the new value is (where the old one was, when it is gone).</summary>
    internal static Finding At(CustomResourceDefinition old, CustomResourceDefinition @new, string rule, FindingClass kind, string path, string message, ManifestNode? before, ManifestNode? after, string? version = null) =>
        new(rule, kind, FindingGroup.Crd, @new.Name, version, path, message)
        {
            Old = before?.ToJson(), New = after?.ToJson(), Location = after is not null ? @new.Location(after.Line) : before is not null ? old.Location(before.Line) : @new.Location(@new.Line),
        };

    internal static Finding Unjudged(CustomResourceDefinition old, CustomResourceDefinition @new, string path, ManifestNode? before, ManifestNode? after, string? version = null) =>
        At(old, @new, ApiRuleNames.Unclassified, FindingClass.Unclassified, path, before is null ? "added" : after is null ? "removed" : "changed", before, after, version);

    internal static string Text(ManifestNode? node) => node is ManifestScalar scalar ? scalar.Value : node?.ToJson() ?? "nothing";

    private static IEnumerable<Finding> Metadata(CustomResourceDefinition old, CustomResourceDefinition @new)
    {
        var (before, after) = (old.Manifest.Map("metadata"), @new.Manifest.Map("metadata"));
        return Keys(before, after).Where(k => !ServerMetadata.Contains(k)).Select(k =>
            At(old, @new, ApiRuleNames.Metadata, FindingClass.Cosmetic, ".metadata." + k, $"{k} changed", before?[k], after?[k]));
    }

    private static List<string> Words(ManifestNode? node) =>
        (node as ManifestList)?.Items.OfType<ManifestScalar>().Select(s => s.Value).ToList() ?? [];
}

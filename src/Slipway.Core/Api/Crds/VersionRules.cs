using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Crds;

/// <summary>
/// The versions of a CRD: crdify's <c>storedVersionRemoval</c> (a served or stored version gone, so its
/// clients and its objects in etcd are stranded), a version no longer served, the storage version
/// moved, versions added, deprecated or removed after they stopped being served, the status and
/// scale subresources, and the printer columns.
/// </summary>
internal static class VersionRules
{
    private static readonly HashSet<string> JudgedKeys = new(StringComparer.Ordinal)
    {
        "name", "served", "storage", "deprecated", "deprecationWarning", "schema", "subresources", "additionalPrinterColumns",
    };

    public static IEnumerable<Finding> Judge(CustomResourceDefinition old, CustomResourceDefinition @new)
    {
        var found = new List<Finding>();
        foreach (var version in old.Versions.Where(v => @new.Version(v.Name) is null))
        {
            var stored = version.Storage || old.StoredVersions.Contains(version.Name);
            var (rule, kind, why) = version.Served || stored
                ? (ApiRuleNames.StoredVersionRemoval, FindingClass.Breaking, version.Served && stored ? "served and stored" : version.Served ? "served" : "stored")
                : (ApiRuleNames.VersionRemoval, FindingClass.Compatible, "no longer served; check that no object is still stored in it");
            found.Add(new Finding(rule, kind, FindingGroup.Crd, @new.Name, version.Name, Path(version.Name), $"version {version.Name} removed ({why})")
            {
                Location = old.Location(version.Line),
            });
        }

        foreach (var version in @new.Versions.Where(v => old.Version(v.Name) is null))
        {
            found.Add(new Finding(ApiRuleNames.VersionAddition, FindingClass.Compatible, FindingGroup.Crd, @new.Name, version.Name, Path(version.Name), $"version {version.Name} added{(version.Served ? string.Empty : " (not served)")}")
            {
                Location = @new.Location(version.Line),
            });
        }

        foreach (var now in @new.Versions)
        {
            if (old.Version(now.Name) is { } was)
            {
                found.AddRange(Changes(old, @new, was, now));
            }
        }

        if (old.StorageVersion is { } oldStorage && @new.StorageVersion is { } newStorage && oldStorage.Name != newStorage.Name)
        {
            found.Add(new Finding(ApiRuleNames.StorageVersion, FindingClass.Compatible, FindingGroup.Crd, @new.Name, newStorage.Name, Path(newStorage.Name) + ".storage",
                $"objects are stored as {newStorage.Name} instead of {oldStorage.Name}; existing objects stay {oldStorage.Name} until they are rewritten")
            {
                Old = $"\"{oldStorage.Name}\"", New = $"\"{newStorage.Name}\"", Location = @new.Location(newStorage.Line),
            });
        }

        return found;
    }

    private static IEnumerable<Finding> Changes(CustomResourceDefinition old, CustomResourceDefinition @new, CrdVersion was, CrdVersion now)
    {
        var path = Path(now.Name);
        if (was.Served != now.Served)
        {
            yield return Version(old, @new, now, ApiRuleNames.ServedVersion, now.Served ? FindingClass.Compatible : FindingClass.Breaking, path + ".served",
                now.Served ? "served from now on" : "no longer served", was.Entry["served"], now.Entry["served"]);
        }

        var (oldDeprecated, newDeprecated) = (was.Entry.Flag("deprecated"), now.Entry.Flag("deprecated"));
        if (oldDeprecated != newDeprecated)
        {
            yield return Version(old, @new, now, ApiRuleNames.VersionDeprecation, FindingClass.Compatible, path + ".deprecated",
                newDeprecated ? "deprecated" : "no longer deprecated", was.Entry["deprecated"], now.Entry["deprecated"]);
        }
        else if (!ManifestNode.Same(was.Entry["deprecated"], now.Entry["deprecated"]))
        {
            yield return Version(old, @new, now, ApiRuleNames.VersionDeprecation, FindingClass.Cosmetic, path + ".deprecated",
                "deprecated: false (the default) " + (now.Entry["deprecated"] is null ? "no longer written" : "written out"), was.Entry["deprecated"], now.Entry["deprecated"]);
        }

        if (!ManifestNode.Same(was.Entry["deprecationWarning"], now.Entry["deprecationWarning"]))
        {
            yield return Version(old, @new, now, ApiRuleNames.VersionDeprecation, FindingClass.Cosmetic, path + ".deprecationWarning",
                "deprecation warning changed", was.Entry["deprecationWarning"], now.Entry["deprecationWarning"]);
        }

        foreach (var finding in Subresources(old, @new, was, now))
        {
            yield return finding;
        }

        if (!ManifestNode.Same(was.PrinterColumns, now.PrinterColumns))
        {
            yield return Version(old, @new, now, ApiRuleNames.PrinterColumns, FindingClass.Cosmetic, path + ".additionalPrinterColumns",
                "kubectl get columns changed", was.PrinterColumns, now.PrinterColumns);
        }

        foreach (var key in CrdShapeRules.Keys(was.Entry, now.Entry).Where(k => !JudgedKeys.Contains(k)))
        {
            yield return CrdShapeRules.Unjudged(old, @new, $"{path}.{key}", was.Entry[key], now.Entry[key], now.Name);
        }
    }

    private static IEnumerable<Finding> Subresources(CustomResourceDefinition old, CustomResourceDefinition @new, CrdVersion was, CrdVersion now)
    {
        foreach (var name in (string[])["status", "scale"])
        {
            var (before, after) = (was.Subresources?[name], now.Subresources?[name]);
            if (ManifestNode.Same(before, after))
            {
                continue;
            }

            var (kind, message) = (before, after) switch
            {
                (_, null) => (FindingClass.Breaking, $"{name} subresource removed"),
                (null, _) => (FindingClass.Compatible, $"{name} subresource added"),
                _ => (FindingClass.Breaking, $"{name} subresource changed"),
            };
            yield return Version(old, @new, now, ApiRuleNames.Subresources, kind, $"{Path(now.Name)}.subresources.{name}", message, before, after);
        }

        foreach (var key in CrdShapeRules.Keys(was.Subresources, now.Subresources).Where(k => k is not ("status" or "scale")))
        {
            yield return CrdShapeRules.Unjudged(old, @new, $"{Path(now.Name)}.subresources.{key}", was.Subresources?[key], now.Subresources?[key], now.Name);
        }
    }

    private static Finding Version(CustomResourceDefinition old, CustomResourceDefinition @new, CrdVersion now, string rule, FindingClass kind, string path, string message, ManifestNode? before, ManifestNode? after) =>
        CrdShapeRules.At(old, @new, rule, kind, path, message, before, after, now.Name);

    private static string Path(string version) => $".spec.versions[{version}]";
}

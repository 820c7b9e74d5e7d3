using Slipway.Core.Api.Crds;
using Slipway.Core.Api.Manifests;
using Slipway.Core.Api.Rules;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Schemas;

/// <summary>Where a schema comparison's findings belong: the CRD, the version (or pair of versions), the validator, and the two files.</summary>
public sealed record SchemaScope(string Crd, string Version, FindingGroup Group, CustomResourceDefinition Old, CustomResourceDefinition New);

/// <summary>
/// Compares two schemas property by property, as crdify does: a property that disappeared
/// (<c>existingFieldRemoval</c>, reported at the highest removed property), one that appeared
/// (<c>fieldAddition</c>, likewise), and for every property in both, each changed keyword judged by
/// its rule or, when none judges it, reported as unclassified. Both schemas are walked together, and
/// a subtree equal on both sides is passed over at once (see <see cref="ManifestNode.Hash"/>): a
/// release changes a few properties of thousands.
/// </summary>
public static class SchemaComparer
{
    public static List<Finding> Compare(ManifestMap? oldSchema, ManifestMap? newSchema, SchemaScope scope, ApiPolicy policy)
    {
        var findings = new List<Finding>();
        switch (oldSchema, newSchema)
        {
            case (null, null):
                break;
            case (null, { } added):
                findings.Add(Added(PropertyPath.Root, added, scope));
                break;
            case ({ } removed, null):
                findings.Add(Removed(PropertyPath.Root, removed, scope));
                break;
            case ({ } old, { } @new):
                Walk(old, @new, PropertyPath.Root, scope, policy, findings);
                break;
        }

        return findings;
    }

    private static void Walk(ManifestMap old, ManifestMap @new, string path, SchemaScope scope, ApiPolicy policy, List<Finding> findings)
    {
        if (old.SameAs(@new))
        {
            return;
        }

        // Children are paired by name (by [*] for items and map values); a child's path is written
        // only when something below it changed.
        Keywords(old, @new, path, scope, policy, findings);
        var (before, after) = (SchemaChildren.Properties(old), SchemaChildren.Properties(@new));
        foreach (var (name, child) in before?.Entries ?? [])
        {
            if (after?[name] is ManifestMap now)
            {
                if (!child.SameAs(now))
                {
                    Walk((ManifestMap)child, now, PropertyPath.Child(path, name), scope, policy, findings);
                }
            }
            else
            {
                findings.Add(Removed(PropertyPath.Child(path, name), (ManifestMap)child, scope));
            }
        }

        var (oldItems, newItems) = (SchemaChildren.Items(old), SchemaChildren.Items(@new));
        if (oldItems is not null)
        {
            if (newItems is not null)
            {
                Walk(oldItems, newItems, PropertyPath.Items(path), scope, policy, findings);
            }
            else
            {
                findings.Add(Removed(PropertyPath.Items(path), oldItems, scope));
            }
        }

        foreach (var (name, child) in after?.Entries ?? [])
        {
            if (before?[name] is null)
            {
                findings.Add(Added(PropertyPath.Child(path, name), (ManifestMap)child, scope));
            }
        }

        if (newItems is not null && oldItems is null)
        {
            findings.Add(Added(PropertyPath.Items(path), newItems, scope));
        }
    }

    private static Finding Removed(string path, ManifestMap schema, SchemaScope scope) =>
        new(ApiRuleNames.ExistingFieldRemoval, FindingClass.Breaking, scope.Group == FindingGroup.SameVersion ? FindingGroup.Crd : scope.Group, scope.Crd, scope.Version, path, "field removed")
        {
            Old = Summary(schema), Location = scope.Old.Location(schema.Line),
        };

    private static Finding Added(string path, ManifestMap schema, SchemaScope scope) =>
        new(ApiRuleNames.FieldAddition, FindingClass.Compatible, scope.Group, scope.Crd, scope.Version, path, "field added")
        {
            New = Summary(schema), Location = scope.New.Location(schema.Line),
        };

    private static void Keywords(ManifestMap old, ManifestMap @new, string path, SchemaScope scope, ApiPolicy policy, List<Finding> findings)
    {
        // Each rule is asked once, however many of its keywords changed; its findings point at the first of them.
        Dictionary<IPropertyRule, int>? rules = null;
        foreach (var (keyword, value) in old.Entries)
        {
            if (!SchemaChildren.IsChildKeyword(keyword, value))
            {
                Keyword(keyword, value, Own(@new, keyword));
            }
        }

        foreach (var (keyword, value) in @new.Entries)
        {
            if (!SchemaChildren.IsChildKeyword(keyword, value) && Own(old, keyword) is null)
            {
                Keyword(keyword, null, value);
            }
        }

        foreach (var (rule, line) in rules ?? [])
        {
            findings.AddRange(rule.Judge(old, @new, policy).Select(found => Located(found, path, scope, line)));
        }

        void Keyword(string keyword, ManifestNode? before, ManifestNode? after)
        {
            if (ManifestNode.Same(before, after))
            {
                return;
            }

            var line = after?.Line ?? @new.Line;
            if (PropertyRules.ByKeyword.TryGetValue(keyword, out var rule))
            {
                (rules ??= []).TryAdd(rule, line);
            }
            else
            {
                findings.Add(Located(PropertyRules.Unjudged(keyword, before, after), path, scope, line));
            }
        }
    }

    private static ManifestNode? Own(ManifestMap schema, string keyword) =>
        schema[keyword] is { } value && !SchemaChildren.IsChildKeyword(keyword, value) ? value : null;

    private static Finding Located(RuleFinding found, string path, SchemaScope scope, int line) =>
        new(found.Rule, found.Class, scope.Group, scope.Crd, scope.Version, found.Child is { } child ? PropertyPath.Child(path, child) : path, found.Message)
        {
            Old = found.Old, New = found.New, Location = scope.New.Location(line),
        };

    /// <summary>What a removed or added property was: its type, not its whole schema.</summary>
    private static string? Summary(ManifestMap schema) => schema["type"]?.ToJson();
}

using Slipway.Core.Api.Crds;
using Slipway.Core.Api.Manifests;
using Slipway.Core.Api.Rules;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Schemas;

/// <summary>Where a schema comparison's findings belong: the CRD, the version (or pair of versions), the validator, and the two files.</summary>
public sealed record SchemaScope(string Crd, string Version, FindingGroup Group, CustomResourceDefinition Old, CustomResourceDefinition New);

/// <summary>
/// Compares two schemas property by property, as crdify does: a property that disappeared
/// (<c>existingFieldRemoval</c>, reported once at the highest removed property), one that appeared
/// (<c>fieldAddition</c>, likewise), and for every property in both, each changed keyword judged by
/// its rule or, when none judges it, reported as unclassified.
/// </summary>
public static class SchemaComparer
{
    public static List<Finding> Compare(ManifestMap? oldSchema, ManifestMap? newSchema, SchemaScope scope, ApiPolicy policy)
    {
        var findings = new List<Finding>();
        var before = SchemaFlattener.Flatten(oldSchema);
        var after = SchemaFlattener.Flatten(newSchema);
        var removalGroup = scope.Group == FindingGroup.SameVersion ? FindingGroup.Crd : scope.Group;
        foreach (var (path, property) in before)
        {
            if (!after.TryGetValue(path, out var now))
            {
                if (property.Parent is null || after.ContainsKey(property.Parent))
                {
                    findings.Add(new Finding(ApiRuleNames.ExistingFieldRemoval, FindingClass.Breaking, removalGroup, scope.Crd, scope.Version, path, "field removed")
                    {
                        Old = Summary(property.Schema), Location = scope.Old.Location(property.Schema.Line),
                    });
                }

                continue;
            }

            Keywords(property.Schema, now.Schema, path, scope, policy, findings);
        }

        foreach (var (path, property) in after)
        {
            if (!before.ContainsKey(path) && property.Parent is { } parent && before.ContainsKey(parent))
            {
                findings.Add(new Finding(ApiRuleNames.FieldAddition, FindingClass.Compatible, scope.Group, scope.Crd, scope.Version, path, "field added")
                {
                    New = Summary(property.Schema), Location = scope.New.Location(property.Schema.Line),
                });
            }
        }

        return findings;
    }

    private static void Keywords(ManifestMap old, ManifestMap @new, string path, SchemaScope scope, ApiPolicy policy, List<Finding> findings)
    {
        // Each rule is asked once, however many of its keywords changed; its findings point at the first of them.
        Dictionary<IPropertyRule, int>? rules = null;
        foreach (var keyword in OwnKeywords(old).Union(OwnKeywords(@new)))
        {
            var (before, after) = (Own(old, keyword), Own(@new, keyword));
            if (ManifestNode.Same(before, after))
            {
                continue;
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

        foreach (var (rule, line) in rules ?? [])
        {
            findings.AddRange(rule.Judge(old, @new, policy).Select(found => Located(found, path, scope, line)));
        }
    }

    private static IEnumerable<string> OwnKeywords(ManifestMap schema) =>
        schema.Entries.Where(e => !SchemaFlattener.IsChildKeyword(e.Key, e.Value)).Select(e => e.Key);

    private static ManifestNode? Own(ManifestMap schema, string keyword) =>
        schema[keyword] is { } value && !SchemaFlattener.IsChildKeyword(keyword, value) ? value : null;

    private static Finding Located(RuleFinding found, string path, SchemaScope scope, int line) =>
        new(found.Rule, found.Class, scope.Group, scope.Crd, scope.Version, found.Child is { } child ? PropertyPath.Child(path, child) : path, found.Message)
        {
            Old = found.Old, New = found.New, Location = scope.New.Location(line),
        };

    /// <summary>What a removed or added property was: its type, not its whole schema.</summary>
    private static string? Summary(ManifestMap schema) => schema["type"]?.ToJson();
}

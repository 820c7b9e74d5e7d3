using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Rules;

/// <summary>
/// <c>x-kubernetes-list-type</c> and <c>x-kubernetes-map-type</c>: they decide how server-side apply
/// merges a list or map and what a list may hold (a <c>set</c> or <c>map</c> list refuses duplicates),
/// so any change of the effective type is breaking. Writing out the default (atomic for lists,
/// granular for maps) changes nothing.
/// </summary>
internal sealed class CollectionTypeRule(string rule, string keyword, string fallback) : IPropertyRule
{
    public static CollectionTypeRule ListType { get; } = new(ApiRuleNames.ListType, "x-kubernetes-list-type", "atomic");

    public static CollectionTypeRule MapType { get; } = new(ApiRuleNames.MapType, "x-kubernetes-map-type", "granular");

    public IReadOnlyList<string> Keywords { get; } = [keyword];

    public IEnumerable<RuleFinding> Judge(ManifestMap old, ManifestMap @new, ApiPolicy policy)
    {
        var (before, after) = (old.Text(keyword) ?? fallback, @new.Text(keyword) ?? fallback);
        var (oldJson, newJson) = (RuleFinding.Json(old[keyword]), RuleFinding.Json(@new[keyword]));
        yield return before == after
            ? new RuleFinding(rule, FindingClass.Cosmetic, $"{keyword}: {after} (the default) " + (newJson is null ? "no longer written" : "written out"), oldJson, newJson)
            : new RuleFinding(rule, FindingClass.Breaking, $"{keyword} changed from {before} to {after}", oldJson, newJson);
    }
}

/// <summary>
/// <c>x-kubernetes-list-map-keys</c>: the fields that identify an item of a <c>map</c> list. Other keys
/// make other items equal (or distinct), and merges go wrong; their order does not matter.
/// </summary>
internal sealed class ListMapKeysRule : IPropertyRule
{
    private const string Keyword = "x-kubernetes-list-map-keys";

    public IReadOnlyList<string> Keywords { get; } = [Keyword];

    public IEnumerable<RuleFinding> Judge(ManifestMap old, ManifestMap @new, ApiPolicy policy)
    {
        var before = Keys(old);
        var after = Keys(@new);
        if (before.SetEquals(after))
        {
            yield break;
        }

        yield return new RuleFinding(ApiRuleNames.ListMapKeys, FindingClass.Breaking,
            $"list map keys changed from [{string.Join(", ", before.Order(StringComparer.Ordinal))}] to [{string.Join(", ", after.Order(StringComparer.Ordinal))}]",
            RuleFinding.Json(old[Keyword]), RuleFinding.Json(@new[Keyword]));
    }

    private static HashSet<string> Keys(ManifestMap schema) =>
        schema.List(Keyword)?.Items.OfType<ManifestScalar>().Select(s => s.Value).ToHashSet(StringComparer.Ordinal) ?? [];
}

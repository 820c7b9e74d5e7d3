using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Rules;

/// <summary>Every property rule, found by the keyword it judges; a changed keyword no rule names is unclassified.</summary>
internal static class PropertyRules
{
    public static IReadOnlyList<IPropertyRule> All { get; } =
    [
        new TypeRule(), new RequiredRule(), new EnumRule(), new DefaultRule(), .. BoundRule.All, new PatternRule(),
        new NullableRule(), new FormatRule(), new PreserveUnknownFieldsRule(), CollectionTypeRule.ListType,
        CollectionTypeRule.MapType, new ListMapKeysRule(), new ImmutabilityRule(), new DescriptionRule(),
    ];

    public static IReadOnlyDictionary<string, IPropertyRule> ByKeyword { get; } =
        All.SelectMany(rule => rule.Keywords.Select(keyword => (keyword, rule))).ToDictionary(p => p.keyword, p => p.rule, StringComparer.Ordinal);

    /// <summary>A changed keyword that no rule judges.</summary>
    public static RuleFinding Unjudged(string keyword, Manifests.ManifestNode? before, Manifests.ManifestNode? after) =>
        new(ApiRuleNames.Unclassified, FindingClass.Unclassified, $"{keyword} {(before is null ? "added" : after is null ? "removed" : "changed")}", RuleFinding.Json(before), RuleFinding.Json(after));
}

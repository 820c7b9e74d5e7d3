using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Rules;

/// <summary>
/// crdify's <c>pattern</c>: a pattern added or changed may reject values that were valid (no tool can
/// tell whether a new expression accepts less); a pattern removed is breaking unless
/// <c>api.policy.pattern-removal</c> says compatible (crdify's removalPolicy).
/// </summary>
internal sealed class PatternRule : IPropertyRule
{
    public IReadOnlyList<string> Keywords { get; } = ["pattern"];

    public IEnumerable<RuleFinding> Judge(ManifestMap old, ManifestMap @new, ApiPolicy policy)
    {
        var (before, after) = (old["pattern"], @new["pattern"]);
        var (kind, message) = (before, after) switch
        {
            (null, _) => (FindingClass.Breaking, $"pattern added: {RuleFinding.Show(after)}"),
            (_, null) => (policy.PatternRemovalBreaking ? FindingClass.Breaking : FindingClass.Compatible, $"pattern {RuleFinding.Show(before)} removed"),
            _ => (FindingClass.Breaking, $"pattern changed from {RuleFinding.Show(before)} to {RuleFinding.Show(after)}"),
        };
        yield return new RuleFinding(ApiRuleNames.Pattern, kind, message, RuleFinding.Json(before), RuleFinding.Json(after));
    }
}

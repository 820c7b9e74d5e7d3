using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Rules;

/// <summary>
/// crdify's maximum, maxLength, maxItems, maxProperties and minimum, minLength, minItems,
/// minProperties: a bound added, or moved so that fewer values pass, rejects values that were valid;
/// a bound removed or relaxed is compatible.
/// </summary>
internal sealed class BoundRule(string keyword, bool isMaximum) : IPropertyRule
{
    public static IReadOnlyList<BoundRule> All { get; } =
    [
        new(ApiRuleNames.Maximum, true), new(ApiRuleNames.MaxLength, true), new(ApiRuleNames.MaxItems, true), new(ApiRuleNames.MaxProperties, true),
        new(ApiRuleNames.Minimum, false), new(ApiRuleNames.MinLength, false), new(ApiRuleNames.MinItems, false), new(ApiRuleNames.MinProperties, false),
    ];

    public IReadOnlyList<string> Keywords { get; } = [keyword];

    public IEnumerable<RuleFinding> Judge(ManifestMap old, ManifestMap @new, ApiPolicy policy)
    {
        var (before, after) = (old[keyword], @new[keyword]);
        var (oldJson, newJson) = (RuleFinding.Json(before), RuleFinding.Json(after));
        if (before is null)
        {
            yield return new RuleFinding(keyword, FindingClass.Breaking, $"{keyword} {RuleFinding.Show(after)} added", oldJson, newJson);
            yield break;
        }

        if (after is null)
        {
            yield return new RuleFinding(keyword, FindingClass.Compatible, $"{keyword} {RuleFinding.Show(before)} removed", oldJson, newJson);
            yield break;
        }

        if ((before as ManifestScalar)?.Number is not { } from || (after as ManifestScalar)?.Number is not { } to)
        {
            yield return new RuleFinding(ApiRuleNames.Unclassified, FindingClass.Unclassified, $"{keyword} changed from {RuleFinding.Show(before)} to {RuleFinding.Show(after)}, which is not a number", oldJson, newJson);
            yield break;
        }

        if (from.Equals(to))
        {
            yield break; // 10 and 10.0: the same bound
        }

        var tighter = isMaximum ? to < from : to > from;
        var verb = to < from ? "lowered" : "raised";
        yield return new RuleFinding(keyword, tighter ? FindingClass.Breaking : FindingClass.Compatible, $"{keyword} {verb} from {RuleFinding.Show(before)} to {RuleFinding.Show(after)}", oldJson, newJson);
    }
}

using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Rules;

/// <summary>
/// crdify's <c>enum</c>: an enum where there was none, or a value removed, rejects values that were
/// valid; a value added is breaking unless <c>api.policy.enum-addition</c> says compatible (crdify's
/// additionPolicy). Order alone changes nothing.
/// </summary>
internal sealed class EnumRule : IPropertyRule
{
    public IReadOnlyList<string> Keywords { get; } = ["enum"];

    public IEnumerable<RuleFinding> Judge(ManifestMap old, ManifestMap @new, ApiPolicy policy)
    {
        var (before, after) = (old["enum"], @new["enum"]);
        if (before is null)
        {
            yield return new RuleFinding(ApiRuleNames.Enum, FindingClass.Breaking, $"enum constraint added: {RuleFinding.Show(after)}", null, RuleFinding.Json(after));
            yield break;
        }

        if (after is null)
        {
            yield return new RuleFinding(ApiRuleNames.Enum, FindingClass.Compatible, "enum constraint removed", RuleFinding.Json(before), null);
            yield break;
        }

        var oldValues = Values(before);
        var newValues = Values(after);
        var removed = oldValues.Where(v => !newValues.Any(v.SameAs)).ToList();
        var added = newValues.Where(v => !oldValues.Any(v.SameAs)).ToList();
        if (removed.Count > 0)
        {
            yield return new RuleFinding(ApiRuleNames.Enum, FindingClass.Breaking, $"allowed values removed: {string.Join(", ", removed.Select(RuleFinding.Show))}", RuleFinding.Json(before), RuleFinding.Json(after));
        }

        if (added.Count > 0)
        {
            var kind = policy.EnumAdditionBreaking ? FindingClass.Breaking : FindingClass.Compatible;
            yield return new RuleFinding(ApiRuleNames.Enum, kind, $"allowed values added: {string.Join(", ", added.Select(RuleFinding.Show))}", RuleFinding.Json(before), RuleFinding.Json(after));
        }
    }

    private static IReadOnlyList<ManifestNode> Values(ManifestNode node) => node is ManifestList list ? list.Items : [node];
}

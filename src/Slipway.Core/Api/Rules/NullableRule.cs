using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Rules;

/// <summary>
/// crdify's <c>nullable</c>: a field that no longer accepts null makes stored nulls invalid; one that
/// now accepts null is breaking unless <c>api.policy.nullable-addition</c> says compatible (crdify's
/// additionPolicy). An explicit <c>nullable: false</c> is what a missing one means.
/// </summary>
internal sealed class NullableRule : IPropertyRule
{
    public IReadOnlyList<string> Keywords { get; } = ["nullable"];

    public IEnumerable<RuleFinding> Judge(ManifestMap old, ManifestMap @new, ApiPolicy policy)
    {
        var (before, after) = (old.Flag("nullable"), @new.Flag("nullable"));
        var (oldJson, newJson) = (RuleFinding.Json(old["nullable"]), RuleFinding.Json(@new["nullable"]));
        if (before == after)
        {
            yield return new RuleFinding(ApiRuleNames.Nullable, FindingClass.Cosmetic, "nullable: false (the default) " + (newJson is null ? "no longer written" : "written out"), oldJson, newJson);
        }
        else if (after)
        {
            yield return new RuleFinding(ApiRuleNames.Nullable, policy.NullableAdditionBreaking ? FindingClass.Breaking : FindingClass.Compatible, "accepts null from now on", oldJson, newJson);
        }
        else
        {
            yield return new RuleFinding(ApiRuleNames.Nullable, FindingClass.Breaking, "no longer accepts null", oldJson, newJson);
        }
    }
}

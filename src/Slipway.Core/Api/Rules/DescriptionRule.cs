using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Rules;

/// <summary>crdify's <c>description</c>: documentation only, for kubectl explain and generated docs.</summary>
internal sealed class DescriptionRule : IPropertyRule
{
    public IReadOnlyList<string> Keywords { get; } = ["description"];

    public IEnumerable<RuleFinding> Judge(ManifestMap old, ManifestMap @new, ApiPolicy policy)
    {
        var (before, after) = (old["description"], @new["description"]);
        var message = (before, after) switch
        {
            (null, _) => "description added",
            (_, null) => "description removed",
            _ => "description changed",
        };
        yield return new RuleFinding(ApiRuleNames.Description, FindingClass.Cosmetic, message, RuleFinding.Json(before), RuleFinding.Json(after));
    }
}

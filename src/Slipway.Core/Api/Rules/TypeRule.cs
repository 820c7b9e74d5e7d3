using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Rules;

/// <summary>crdify's <c>type</c>: a property of another type makes every stored value of the old type invalid.</summary>
internal sealed class TypeRule : IPropertyRule
{
    public IReadOnlyList<string> Keywords { get; } = ["type"];

    public IEnumerable<RuleFinding> Judge(ManifestMap old, ManifestMap @new, ApiPolicy policy)
    {
        var (before, after) = (old["type"], @new["type"]);
        var message = (before, after) switch
        {
            (null, _) => $"type set to {RuleFinding.Show(after)}",
            (_, null) => $"type {RuleFinding.Show(before)} removed",
            _ => $"type changed from {RuleFinding.Show(before)} to {RuleFinding.Show(after)}",
        };
        yield return new RuleFinding(ApiRuleNames.Type, FindingClass.Breaking, message, RuleFinding.Json(before), RuleFinding.Json(after));
    }
}

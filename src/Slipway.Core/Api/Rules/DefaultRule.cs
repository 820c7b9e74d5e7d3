using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Rules;

/// <summary>
/// crdify's <c>default</c>: the API server writes defaults into objects, so adding, changing or
/// removing one changes what existing manifests mean.
/// </summary>
internal sealed class DefaultRule : IPropertyRule
{
    public IReadOnlyList<string> Keywords { get; } = ["default"];

    public IEnumerable<RuleFinding> Judge(ManifestMap old, ManifestMap @new, ApiPolicy policy)
    {
        var (before, after) = (old["default"], @new["default"]);
        var message = (before, after) switch
        {
            (null, _) => $"default added: {RuleFinding.Show(after)}",
            (_, null) => $"default {RuleFinding.Show(before)} removed",
            _ => $"default changed from {RuleFinding.Show(before)} to {RuleFinding.Show(after)}",
        };
        yield return new RuleFinding(ApiRuleNames.Default, FindingClass.Breaking, message, RuleFinding.Json(before), RuleFinding.Json(after));
    }
}

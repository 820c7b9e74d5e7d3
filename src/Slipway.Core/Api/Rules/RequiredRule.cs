using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Rules;

/// <summary>
/// crdify's <c>required</c>: a field that becomes required makes existing objects without it invalid
/// and existing manifests fail. Reported at the field, not at its parent, so that an accepted
/// finding names the field.
/// </summary>
internal sealed class RequiredRule : IPropertyRule
{
    public IReadOnlyList<string> Keywords { get; } = ["required"];

    public IEnumerable<RuleFinding> Judge(ManifestMap old, ManifestMap @new, ApiPolicy policy)
    {
        var before = Names(old);
        var after = Names(@new);
        foreach (var name in after.Where(n => !before.Contains(n)))
        {
            var existed = old.Map("properties")?[name] is not null;
            var message = existed ? $"'{name}' became required" : $"new required field '{name}'";
            yield return new RuleFinding(ApiRuleNames.Required, FindingClass.Breaking, message, "\"optional\"", "\"required\"") { Child = name };
        }

        foreach (var name in before.Where(n => !after.Contains(n)))
        {
            yield return new RuleFinding(ApiRuleNames.Required, FindingClass.Compatible, $"'{name}' is no longer required", "\"required\"", "\"optional\"") { Child = name };
        }
    }

    private static List<string> Names(ManifestMap schema) =>
        schema.List("required")?.Items.OfType<ManifestScalar>().Select(s => s.Value).Distinct(StringComparer.Ordinal).ToList() ?? [];
}

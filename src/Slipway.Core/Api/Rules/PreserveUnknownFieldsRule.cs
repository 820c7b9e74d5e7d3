using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Rules;

/// <summary>
/// <c>x-kubernetes-preserve-unknown-fields</c>: turned off, the API server prunes every field the schema
/// does not name, and data that was kept is dropped; turned on, more is kept.
/// </summary>
internal sealed class PreserveUnknownFieldsRule : IPropertyRule
{
    private const string Keyword = "x-kubernetes-preserve-unknown-fields";

    public IReadOnlyList<string> Keywords { get; } = [Keyword];

    public IEnumerable<RuleFinding> Judge(ManifestMap old, ManifestMap @new, ApiPolicy policy)
    {
        var (before, after) = (old.Flag(Keyword), @new.Flag(Keyword));
        var (oldJson, newJson) = (RuleFinding.Json(old[Keyword]), RuleFinding.Json(@new[Keyword]));
        var (kind, message) = (before, after) switch
        {
            (true, false) => (FindingClass.Breaking, "unknown fields are pruned from now on"),
            (false, true) => (FindingClass.Compatible, "unknown fields are kept from now on"),
            _ => (FindingClass.Cosmetic, $"{Keyword}: false (the default) " + (newJson is null ? "no longer written" : "written out")),
        };
        yield return new RuleFinding(ApiRuleNames.PreserveUnknownFields, kind, message, oldJson, newJson);
    }
}

using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Rules;

/// <summary>A format added or changed (date-time, int32, uri) rejects values the old one accepted; one removed accepts more.</summary>
internal sealed class FormatRule : IPropertyRule
{
    public IReadOnlyList<string> Keywords { get; } = ["format"];

    public IEnumerable<RuleFinding> Judge(ManifestMap old, ManifestMap @new, ApiPolicy policy)
    {
        var (before, after) = (old["format"], @new["format"]);
        var (kind, message) = (before, after) switch
        {
            (null, _) => (FindingClass.Breaking, $"format {RuleFinding.Show(after)} added"),
            (_, null) => (FindingClass.Compatible, $"format {RuleFinding.Show(before)} removed"),
            _ => (FindingClass.Breaking, $"format changed from {RuleFinding.Show(before)} to {RuleFinding.Show(after)}"),
        };
        yield return new RuleFinding(ApiRuleNames.Format, kind, message, RuleFinding.Json(before), RuleFinding.Json(after));
    }
}

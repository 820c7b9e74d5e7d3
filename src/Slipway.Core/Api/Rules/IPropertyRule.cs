using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Rules;

/// <summary>
/// A rule about the keywords of one property, given the property's schema before and after. It is
/// asked only when one of its <see cref="Keywords"/> changed, and judges every change of them: a
/// change it finds harmless and silent (the order of <c>required</c>) is still its to judge.
/// </summary>
internal interface IPropertyRule
{
    IReadOnlyList<string> Keywords { get; }

    IEnumerable<RuleFinding> Judge(ManifestMap old, ManifestMap @new, ApiPolicy policy);
}

/// <summary>What a rule found; <see cref="Child"/> names a child property the finding is about (a field that became required).</summary>
internal sealed record RuleFinding(string Rule, FindingClass Class, string Message, string? Old, string? New)
{
    public string? Child { get; init; }

    public static string? Json(ManifestNode? node) => node?.ToJson();

    /// <summary>A short rendering for messages: strings without quotes, anything else as JSON, long values cut.</summary>
    public static string Show(ManifestNode? node)
    {
        var text = node switch
        {
            null => "nothing",
            ManifestScalar { Kind: ScalarKind.Text } scalar => scalar.Value,
            _ => node.ToJson(),
        };
        return text.Length > 60 ? text[..57] + "..." : text;
    }
}

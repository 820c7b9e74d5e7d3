using System.Text.RegularExpressions;
using Slipway.Core.Api.Manifests;
using Slipway.Core.Configuration;

namespace Slipway.Core.Api.Rules;

/// <summary>
/// CEL rules in <c>x-kubernetes-validations</c>: a new rule such as <c>self == oldSelf</c> (kubebuilder's
/// <c>XValidation:rule="self == oldSelf"</c>) makes a field immutable, so updates that worked are refused;
/// such a rule removed is compatible. Any other change of the rules is left unclassified: whether a
/// CEL expression accepts less than another is not decidable here.
/// </summary>
internal sealed partial class ImmutabilityRule : IPropertyRule
{
    private const string Keyword = "x-kubernetes-validations";

    public IReadOnlyList<string> Keywords { get; } = [Keyword];

    public IEnumerable<RuleFinding> Judge(ManifestMap old, ManifestMap @new, ApiPolicy policy)
    {
        var before = Entries(old);
        var after = Entries(@new);
        var added = after.Where(a => IsImmutability(a) && !before.Any(b => RuleText(b) == RuleText(a))).ToList();
        var removed = before.Where(b => IsImmutability(b) && !after.Any(a => RuleText(a) == RuleText(b))).ToList();
        foreach (var rule in added)
        {
            yield return new RuleFinding(ApiRuleNames.Immutability, FindingClass.Breaking, $"immutable from now on: {RuleText(rule)}", null, RuleFinding.Json(rule));
        }

        foreach (var rule in removed)
        {
            yield return new RuleFinding(ApiRuleNames.Immutability, FindingClass.Compatible, $"no longer immutable: {RuleText(rule)}", RuleFinding.Json(rule), null);
        }

        var restBefore = before.Except(removed).ToList();
        var restAfter = after.Except(added).ToList();
        if (restBefore.Count != restAfter.Count || restBefore.Zip(restAfter).Any(pair => !pair.First.SameAs(pair.Second)))
        {
            yield return new RuleFinding(ApiRuleNames.Unclassified, FindingClass.Unclassified, $"{Keyword} changed", RuleFinding.Json(old[Keyword]), RuleFinding.Json(@new[Keyword]));
        }
    }

    private static List<ManifestNode> Entries(ManifestMap schema) => schema.List(Keyword)?.Items.ToList() ?? [];

    private static string? RuleText(ManifestNode entry) => (entry as ManifestMap)?.Text("rule");

    private static bool IsImmutability(ManifestNode entry) => RuleText(entry) is { } rule && Unchanged().IsMatch(rule);

    // self == oldSelf, oldSelf == self, self.x == oldSelf.x: the value may not change.
    [GeneratedRegex(@"^\s*(self(\.\w+)*\s*==\s*oldSelf(\.\w+)*|oldSelf(\.\w+)*\s*==\s*self(\.\w+)*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Unchanged();
}

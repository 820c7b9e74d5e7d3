using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>Reads <c>api.allow</c>: accepted findings, each with the rule, CRD and path it matches and the reason it is accepted.</summary>
internal sealed partial class ApiAllowListReader(ConfigNodeReader reader)
{
    public static readonly IReadOnlyList<string> EntryKeys = ["rule", "crd", "path", "reason"];

    public List<ApiAllowance> Read(YamlNode node, string path)
    {
        var allowances = new List<ApiAllowance>();
        if (reader.Sequence(node, path) is not { } sequence)
        {
            return allowances;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var label = $"{path}[{i}]";
            if (reader.Mapping(sequence.Children[i], label) is { } mapping && Entry(mapping, label) is { } allowance)
            {
                allowances.Add(allowance);
            }
        }

        return allowances;
    }

    private ApiAllowance? Entry(YamlMappingNode mapping, string label)
    {
        string? rule = null, crd = null, path = null, reason = null;
        var valid = true;
        foreach (var (key, _, value) in reader.Entries(mapping, "in " + label, EntryKeys))
        {
            var keyPath = $"{label}.{key}";
            var text = reader.String(value, keyPath);
            valid &= text is not null;
            switch (key)
            {
                case "rule" when text is not null && !ApiRuleNames.All.Contains(text, StringComparer.Ordinal):
                    var suggestion = Suggestions.Closest(text, ApiRuleNames.All) is { } s ? $" (did you mean '{s}'?)" : string.Empty;
                    valid = Fail(value, $"{keyPath}: unknown rule '{text}'{suggestion}; rules: {string.Join(", ", ApiRuleNames.All)}");
                    break;
                case "rule":
                    rule = text;
                    break;
                case "crd" when text is not null && !CrdName().IsMatch(text):
                    valid = Fail(value, $"{keyPath} must be plural.group, or plural.group/version (agents.kubeopencode.io/v1alpha1), found '{text}'");
                    break;
                case "crd":
                    crd = text;
                    break;
                case "path" when text is not null && !text.StartsWith('.'):
                    valid = Fail(value, $"{keyPath} must be a property path starting with '.' (.spec.agentRef.name, .spec.ports[*].name), found '{text}'");
                    break;
                case "path":
                    path = text;
                    break;
                case "reason":
                    reason = text;
                    break;
            }
        }

        var missing = EntryKeys.Where(k => !mapping.Children.Keys.OfType<YamlScalarNode>().Any(n => n.Value == k)).ToList();
        if (missing.Count > 0)
        {
            return FailEntry(mapping, $"{label} needs {string.Join(", ", missing.Select(k => $"'{k}'"))}: an accepted finding names its rule, CRD and path, and says why it is accepted");
        }

        return valid && rule is not null && crd is not null && path is not null && reason is not null ? new ApiAllowance(rule, crd, path, reason, label) : null;
    }

    private bool Fail(YamlNode node, string message)
    {
        reader.Error(node, message);
        return false;
    }

    private ApiAllowance? FailEntry(YamlNode node, string message)
    {
        reader.Error(node, message);
        return null;
    }

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+(/[a-z0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CrdName();
}

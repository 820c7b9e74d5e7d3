using Slipway.Core.Versioning;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>Reads and checks <c>api:</c>, the Kubernetes API gate.</summary>
internal sealed class ApiSectionReader(ConfigNodeReader reader)
{
    public static readonly IReadOnlyList<string> Keys = ["crds", "history", "upgrade-docs", "types", "stale", "unclassified", "rules", "allow", "policy", "bump"];

    /// <summary>Severities as crdify spells its enforcement policies.</summary>
    private static readonly IReadOnlyList<string> SeverityNames = ["error", "warn", "none"];

    public ApiSettings? Read(YamlNode node)
    {
        if (reader.Mapping(node, "api") is not { } mapping)
        {
            return null;
        }

        var settings = new ApiSettings { Crds = [] };
        var hasCrds = false;
        foreach (var (key, _, value) in reader.Entries(mapping, "in api", Keys))
        {
            var path = "api." + key;
            switch (key)
            {
                case "crds":
                    settings = settings with { Crds = reader.Globs(value, path) };
                    hasCrds = true;
                    break;
                case "history":
                    settings = settings with { History = RelativePath(value, path) };
                    break;
                case "upgrade-docs":
                    settings = settings with { UpgradeDocs = UpgradeDocs(value, path) };
                    break;
                case "types":
                    settings = settings with { Types = reader.Globs(value, path) };
                    break;
                case "stale" when reader.String(value, path) is { } stale && OneOf(value, path, stale, ["warn", "error"]):
                    settings = settings with { Stale = Severity(stale) };
                    break;
                case "unclassified" when reader.String(value, path) is { } severity && OneOf(value, path, severity, SeverityNames):
                    settings = settings with { Unclassified = Severity(severity) };
                    break;
                case "rules":
                    settings = settings with { Rules = Rules(value, path) };
                    break;
                case "allow":
                    settings = settings with { Allow = new ApiAllowListReader(reader).Read(value, path) };
                    break;
                case "policy":
                    settings = settings with { Policy = Policy(value, path) };
                    break;
                case "bump":
                    settings = settings with { Bump = Bump(value, path) };
                    break;
            }
        }

        if (!hasCrds)
        {
            reader.Error(mapping, "api needs 'crds:', the globs of the CustomResourceDefinition manifests (e.g. [config/crd/bases/*.yaml])");
        }

        return settings;
    }

    // A link with the notes' placeholders ({tag}, {version}, {owner}, {repo}…), checked here so a typo fails before a release.
    private string? UpgradeDocs(YamlNode node, string path)
    {
        if (reader.Scalar(node, path) is not { } scalar)
        {
            return null;
        }

        try
        {
            return Templates.ValueTemplate.Parse(scalar.Value!, Templates.Placeholders.Notes).Source;
        }
        catch (Templates.TemplateException e)
        {
            reader.ErrorInScalar(scalar, e.Offset, $"{path}: {e.Message}");
            return null;
        }
    }

    private static FindingSeverity Severity(string name) => name switch
    {
        "error" => FindingSeverity.Error,
        "warn" => FindingSeverity.Warning,
        _ => FindingSeverity.Off,
    };

    private string? RelativePath(YamlNode node, string path) =>
        reader.String(node, path) is { } text && reader.InsideRepository(node, path, text) ? ConfiguredPath.Normalize(text) : null;

    private Dictionary<string, FindingSeverity> Rules(YamlNode node, string path)
    {
        var rules = new Dictionary<string, FindingSeverity>(StringComparer.Ordinal);
        if (reader.Mapping(node, path) is not { } mapping)
        {
            return rules;
        }

        var names = ApiRuleNames.All.Where(n => n != ApiRuleNames.Unclassified).ToList();
        foreach (var (key, keyNode, value) in reader.Entries(mapping, "in " + path, ApiRuleNames.All))
        {
            if (key == ApiRuleNames.Unclassified)
            {
                reader.Error(keyNode, $"{path}.unclassified: set api.unclassified instead; {path} names the rules: {string.Join(", ", names)}");
            }
            else if (reader.String(value, $"{path}.{key}") is { } severity && OneOf(value, $"{path}.{key}", severity, SeverityNames))
            {
                rules[key] = Severity(severity);
            }
        }

        return rules;
    }

    private ApiPolicy Policy(YamlNode node, string path)
    {
        var policy = ApiPolicy.Default;
        if (reader.Mapping(node, path) is not { } mapping)
        {
            return policy;
        }

        foreach (var (key, _, value) in reader.Entries(mapping, "in " + path, ApiPolicy.Keys))
        {
            if (reader.String(value, $"{path}.{key}") is not { } text || !OneOf(value, $"{path}.{key}", text, ["breaking", "compatible"]))
            {
                continue;
            }

            var breaking = text == "breaking";
            policy = key switch
            {
                "enum-addition" => policy with { EnumAdditionBreaking = breaking },
                "nullable-addition" => policy with { NullableAdditionBreaking = breaking },
                _ => policy with { PatternRemovalBreaking = breaking },
            };
        }

        return policy;
    }

    private ApiBumpPolicy Bump(YamlNode node, string path)
    {
        var bump = ApiBumpPolicy.Default;
        if (reader.Mapping(node, path) is not { } mapping)
        {
            return bump;
        }

        foreach (var (key, _, value) in reader.Entries(mapping, "in " + path, ApiBumpPolicy.Keys))
        {
            if (reader.String(value, $"{path}.{key}") is not { } text || !OneOf(value, $"{path}.{key}", text, BumpLevels.Names))
            {
                continue;
            }

            var level = BumpLevels.Parse(text)!.Value;
            bump = key switch
            {
                "breaking" => bump with { Breaking = level },
                "breaking-before-1" => bump with { BreakingBeforeOne = level },
                "alpha" => bump with { Alpha = level },
                _ => bump with { Compatible = level },
            };
        }

        return bump;
    }

    private bool OneOf(YamlNode node, string path, string value, IReadOnlyList<string> allowed)
    {
        if (allowed.Contains(value, StringComparer.Ordinal))
        {
            return true;
        }

        var suggestion = Suggestions.Closest(value, allowed) is { } s ? $" (did you mean '{s}'?)" : string.Empty;
        reader.Error(node, $"{path} must be one of: {string.Join(", ", allowed)}; found '{value}'{suggestion}");
        return false;
    }
}

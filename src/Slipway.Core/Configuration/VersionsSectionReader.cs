using Slipway.Core.Editing;
using Slipway.Core.Templates;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>Reads and checks the <c>versions:</c> list.</summary>
internal sealed class VersionsSectionReader(ConfigNodeReader reader)
{
    public static readonly IReadOnlyList<string> EntryKeys =
        ["file", "files", .. LocatorFactory.Kinds, "value", "count", "optional", "when", "follows"];

    public List<VersionReference> Read(YamlNode node, string section = "versions")
    {
        var references = new List<VersionReference>();
        var sequence = reader.Sequence(node, section);
        if (sequence is null)
        {
            return references;
        }

        if (sequence.Children.Count == 0)
        {
            reader.Error(node, $"{section} is empty; list at least one place where the version is written");
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (ReadEntry(sequence.Children[i], $"{section}[{i}]") is { } reference)
            {
                references.Add(reference);
            }
        }

        return references;
    }

    private VersionReference? ReadEntry(YamlNode node, string label) =>
        reader.Mapping(node, label) is { } mapping ? ReadEntry(mapping, label, node) : null;

    /// <summary>Reads one entry; <paramref name="node"/> is where messages about the entry as a whole point.</summary>
    internal VersionReference? ReadEntry(YamlMappingNode mapping, string label, YamlNode node)
    {
        string? file = null, glob = null, follows = null, locatorKind = null;
        IVersionLocator? locator = null;
        ValueTemplate? value = null;
        var count = MatchCount.ExactlyOne;
        var optional = false;
        var when = ReleaseFilter.Always;
        var valid = true;

        foreach (var (key, keyNode, child) in reader.Entries(mapping, "in " + label, EntryKeys))
        {
            var path = $"{label}.{key}";
            switch (key)
            {
                case "file":
                    file = RelativePath(child, path);
                    valid &= file is not null;
                    break;
                case "files":
                    glob = RelativePath(child, path);
                    glob = glob is not null && reader.Glob(child, path, ((YamlScalarNode)child).Value!) ? glob : null;
                    valid &= glob is not null;
                    break;
                case "value":
                    value = Template(child, path);
                    valid &= value is not null;
                    break;
                case "count":
                    var countNode = reader.Scalar(child, path, "a number or 'any'");
                    if (countNode?.Value == "any")
                    {
                        count = MatchCount.AnyNumber;
                    }
                    else if (countNode is not null && reader.PositiveInt(countNode, path, " or 'any'") is { } n)
                    {
                        count = new MatchCount(n);
                    }

                    break;
                case "optional":
                    optional = reader.Bool(child, path) ?? optional;
                    break;
                case "when":
                    when = When(child, path) ?? when;
                    break;
                case "follows":
                    follows = Follows(child, path);
                    valid &= follows is not null;
                    break;
                default:
                    if (locatorKind is not null)
                    {
                        reader.Error(keyNode, $"{label} has two locators, '{locatorKind}' and '{key}'; an entry has exactly one (add another entry for the second place)");
                        valid = false;
                        break;
                    }

                    locatorKind = key;
                    locator = Locator(key, child, path);
                    valid &= locator is not null;
                    break;
            }
        }

        if (file is null && glob is null && !mapping.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value is "file" or "files"))
        {
            reader.Error(node, $"{label} names no file; add 'file: PATH' (one file) or 'files: GLOB' (several)");
            valid = false;
        }
        else if (file is not null && glob is not null)
        {
            reader.Error(node, $"{label} has both 'file' and 'files'; use 'file' for one path or 'files' for a glob");
            valid = false;
        }

        if (locatorKind is null)
        {
            reader.Error(node, $"{label} names no locator; add one of: {string.Join(", ", LocatorFactory.Kinds)}");
            valid = false;
        }

        if (!valid || locator is null)
        {
            return null;
        }

        return new VersionReference
        {
            Label = label,
            File = file,
            Glob = glob,
            Locator = locator,
            Value = value ?? ValueTemplate.ForVersion(locatorKind == "gomod" ? "v{version}" : "{version}"),
            Count = count,
            Optional = optional,
            When = when,
            Follows = follows,
            Position = new SourcePosition((int)node.Start.Line, (int)node.Start.Column),
        };
    }

    private IVersionLocator? Locator(string kind, YamlNode node, string path)
    {
        if (reader.Scalar(node, path, kind == "whole" ? "true" : "a string") is not { } scalar)
        {
            return null;
        }

        try
        {
            return LocatorFactory.Create(kind, scalar.Value!);
        }
        catch (LocateException e)
        {
            reader.ErrorInScalar(scalar, e.Offset ?? 0, $"{path}: {e.Message}");
            return null;
        }
    }

    /// <summary>The upstream repository's name; whether the workspace has it is the workspace loader's check.</summary>
    private string? Follows(YamlNode node, string path)
    {
        if (reader.String(node, path) is not { } name)
        {
            return null;
        }

        if (RepositoryName.IsValid(name))
        {
            return name;
        }

        reader.Error(node, $"{path} must name a repository of the workspace ({RepositoryName.Rule}), found '{name}'");
        return null;
    }

    private ValueTemplate? Template(YamlNode node, string path)
    {
        if (reader.Scalar(node, path) is not { } scalar)
        {
            return null;
        }

        ValueTemplate template;
        try
        {
            template = ValueTemplate.Parse(scalar.Value!, Placeholders.Reference);
        }
        catch (TemplateException e)
        {
            reader.ErrorInScalar(scalar, e.Offset, $"{path}: {e.Message}");
            return null;
        }

        // A value without a placeholder would write the same text for every release, and report it as the version.
        if (!template.Names.Any())
        {
            reader.Error(scalar, $"{path} must use the version, as {{version}} or its parts ({{major}}, {{minor}}, {{patch}}, {{prerelease}}, {{build}}), or the date ({{date}}), found '{scalar.Value}'");
            return null;
        }

        return template;
    }

    private string? RelativePath(YamlNode node, string path) =>
        reader.String(node, path) is { } value && reader.InsideRepository(node, path, value) ? ConfiguredPath.Normalize(value) : null;

    private ReleaseFilter? When(YamlNode node, string path) => reader.String(node, path) switch
    {
        null => null,
        "always" => ReleaseFilter.Always,
        "final" => ReleaseFilter.Final,
        "prerelease" => ReleaseFilter.PreRelease,
        var other => Fail(node, $"{path} must be one of: always, final, prerelease; found '{other}'"),
    };

    private ReleaseFilter? Fail(YamlNode node, string message)
    {
        reader.Error(node, message);
        return null;
    }
}

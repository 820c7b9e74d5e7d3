using Slipway.Core.Templates;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>Reads what a release changes on the base after the tag: how (<c>post-release</c>) and the next development version (<c>development</c>).</summary>
internal sealed class FollowUpSectionReader(ConfigNodeReader reader, ReleaseValueReader values)
{
    public static readonly IReadOnlyList<string> DevelopmentKeys = ["version", "post"];

    public PostReleaseMode? Mode(YamlNode value, string path) => reader.String(value, path) switch
    {
        "branch" => PostReleaseMode.Branch,
        "push" => PostReleaseMode.Push,
        null => null,
        var other => Fail(value, $"{path} must be 'branch' (a follow-up branch and a checkpoint) or 'push' (straight to the base branch), found '{other}'"),
    };

    // 'development: {next_minor}-dev', or a mapping with the version and how it reaches the base.
    public DevelopmentSetting? Development(YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return DevelopmentVersion(node, "development") is { } version ? new DevelopmentSetting(version, null) : null;
        }

        if (reader.Mapping(node, "development") is not { } mapping)
        {
            return null;
        }

        ValueTemplate? template = null;
        PostReleaseMode? mode = null;
        foreach (var (key, _, value) in reader.Entries(mapping, "in development", DevelopmentKeys))
        {
            if (key == "version")
            {
                template = DevelopmentVersion(value, "development.version");
            }
            else
            {
                mode = Mode(value, "development.post");
            }
        }

        if (template is null && !mapping.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == "version"))
        {
            reader.Error(mapping, "development needs 'version', the development version after a release, e.g. '{next_minor}-dev'");
        }

        return template is null ? null : new DevelopmentSetting(template, mode);
    }

    private ValueTemplate? DevelopmentVersion(YamlNode node, string path) =>
        values.Template(node, path, allowed: Placeholders.Development) is { } template
        && SampleReleases.Check(reader, node, path, template, text => Versioning.SemVersion.TryParse(text, out _) ? null : "not a SemVer version", Expected.Version)
            ? template
            : null;

    private PostReleaseMode? Fail(YamlNode node, string message)
    {
        reader.Error(node, message);
        return null;
    }
}

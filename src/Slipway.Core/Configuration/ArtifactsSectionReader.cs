using Slipway.Core.Templates;
using Slipway.Core.Versioning;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>Reads <c>artifacts:</c>: images, charts, URLs and lists of images under one prefix.</summary>
internal sealed class ArtifactsSectionReader(ConfigNodeReader reader)
{
    public static readonly IReadOnlyList<string> EntryKeys = ["image", "chart", "url", "images", "platforms"];

    public static readonly IReadOnlyList<string> ListKeys = ["prefix", "tag", "names", "platforms"];

    // Templates are tried on a sample release, so a reference that can never be valid is reported now.
    private static readonly Dictionary<string, string> Sample = Placeholders.For(new SemVersion(1, 2, 3), "v1.2.3");

    public List<ArtifactSetting> ReadArtifacts(YamlNode node)
    {
        var artifacts = new List<ArtifactSetting>();
        if (reader.Sequence(node, "artifacts") is not { } sequence)
        {
            return artifacts;
        }

        if (sequence.Children.Count == 0)
        {
            reader.Error(sequence, "artifacts must list at least one artifact (image:, chart:, url: or images:), or be left out");
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (reader.Mapping(sequence.Children[i], $"artifacts[{i}]") is { } entry)
            {
                artifacts.AddRange(ReadEntry(entry, $"artifacts[{i}]"));
            }
        }

        return artifacts;
    }

    private List<ArtifactSetting> ReadEntry(YamlMappingNode entry, string path)
    {
        var entries = reader.Entries(entry, "in " + path, EntryKeys);
        var kinds = entries.Where(e => e.Key != "platforms").ToList();
        if (kinds.Count != 1)
        {
            reader.Error(kinds.Count > 1 ? kinds[1].KeyNode : entry, $"{path} must have exactly one of image:, chart:, url: or images:{(kinds.Count > 1 ? $", found {string.Join(" and ", kinds.Select(k => k.Key + ":"))}" : string.Empty)}");
            return [];
        }

        var (kind, _, value) = kinds[0];
        var platformsEntry = entries.FirstOrDefault(e => e.Key == "platforms");
        if (platformsEntry.Value is not null && kind != "image")
        {
            reader.Error(platformsEntry.KeyNode, kind == "images"
                ? $"{path}.platforms belongs inside images: (images: {{ ..., platforms: [...] }})"
                : $"{path}.platforms applies to image: entries only");
            return [];
        }

        var platforms = platformsEntry.Value is null ? [] : Platforms(platformsEntry.Value, path + ".platforms");
        return kind switch
        {
            "image" => Reference(value, $"{path}.image", ArtifactKind.Image) is { } image ? [new ArtifactSetting(ArtifactKind.Image, image, platforms)] : [],
            "chart" => Reference(value, $"{path}.chart", ArtifactKind.Chart) is { } chart ? [new ArtifactSetting(ArtifactKind.Chart, chart, [])] : [],
            "url" => Url(value, $"{path}.url") is { } url ? [new ArtifactSetting(ArtifactKind.Url, url, [])] : [],
            _ => ImageList(value, $"{path}.images"),
        };
    }

    private List<ArtifactSetting> ImageList(YamlNode node, string path)
    {
        if (reader.Mapping(node, path) is not { } mapping)
        {
            return [];
        }

        string? prefix = null;
        var tag = "{tag}";
        List<string>? names = null;
        IReadOnlyList<Platform> platforms = [];
        foreach (var (key, _, value) in reader.Entries(mapping, "in " + path, ListKeys))
        {
            switch (key)
            {
                case "prefix":
                    prefix = reader.String(value, $"{path}.prefix")?.TrimEnd('/');
                    break;
                case "tag":
                    tag = reader.String(value, $"{path}.tag") ?? tag;
                    break;
                case "names":
                    names = Names(value, $"{path}.names");
                    break;
                case "platforms":
                    platforms = Platforms(value, $"{path}.platforms");
                    break;
            }
        }

        if (prefix is null || names is null)
        {
            reader.Error(mapping, $"{path} needs prefix: and names: (and tag:, '{{tag}}' unless given)");
            return [];
        }

        var images = new List<ArtifactSetting>();
        foreach (var name in names)
        {
            // The composed reference is checked as a whole; errors point at the list.
            if (Reference($"{prefix}/{name}:{tag}", mapping, $"{path} ({name})", ArtifactKind.Image) is { } template)
            {
                images.Add(new ArtifactSetting(ArtifactKind.Image, template, platforms));
            }
        }

        return images;
    }

    private ValueTemplate? Reference(YamlNode node, string path, ArtifactKind kind) =>
        reader.Scalar(node, path) is { } scalar ? Reference(scalar.Value!, scalar, path, kind) : null;

    private ValueTemplate? Reference(string source, YamlNode at, string path, ArtifactKind kind)
    {
        if (Template(source, at, path) is not { } template)
        {
            return null;
        }

        var sample = template.Render(Sample);
        if (!ImageReference.TryParse(kind == ArtifactKind.Chart ? sample.Replace('+', '_') : sample, out var parsed, out var error))
        {
            reader.Error(at, $"{path}: '{source}' is not a valid reference ({error})");
            return null;
        }

        if (kind == ArtifactKind.Chart && parsed.Digest is not null)
        {
            reader.Error(at, $"{path} must name the chart by its version tag (…:{{version}}), not by digest");
            return null;
        }

        return template;
    }

    private ValueTemplate? Url(YamlNode node, string path)
    {
        if (reader.Scalar(node, path) is not { } scalar || Template(scalar.Value!, scalar, path) is not { } template)
        {
            return null;
        }

        var sample = template.Render(Sample);
        if (!Uri.TryCreate(sample, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            reader.Error(node, $"{path} must be an http:// or https:// URL, found '{template.Source}'");
            return null;
        }

        return template;
    }

    private ValueTemplate? Template(string source, YamlNode at, string path)
    {
        try
        {
            return ValueTemplate.Parse(source, ArtifactSettings.Placeholders);
        }
        catch (TemplateException e)
        {
            if (at is YamlScalarNode scalar)
            {
                reader.ErrorInScalar(scalar, e.Offset, $"{path}: {e.Message}");
            }
            else
            {
                reader.Error(at, $"{path}: {e.Message}");
            }

            return null;
        }
    }

    private List<Platform> Platforms(YamlNode node, string path) =>
        reader.NonEmptyList(node, path, "platform such as linux/amd64", text => Platform.TryParse(text, out var platform) ? platform : null,
            "os/architecture[/variant] such as linux/arm64 or linux/arm/v7");

    private List<string> Names(YamlNode node, string path) =>
        reader.NonEmptyList(node, path, "image name", name => name, "an image name");
}

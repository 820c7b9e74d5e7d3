using System.Text.RegularExpressions;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;
using Slipway.Core.Git;
using Slipway.Core.Templates;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>
/// Loads slipway.yaml and checks every value before anything runs. All mistakes are collected and
/// reported together, each as <c>file:line:col: message</c>.
/// </summary>
public static class ConfigLoader
{
    public static IReadOnlyList<string> TopLevelKeys { get; } =
        ["name", "tag", "date-format", "versions", "audit", "notes", "forge", "next", "artifacts", "registries", "api", .. ReleaseSectionReader.Keys];

    /// <summary>Loads the file at <paramref name="path"/>; <paramref name="displayPath"/> is how messages name it.</summary>
    /// <exception cref="SlipwayException">
    /// The file is missing (SW203), not a regular file (SW213), larger than <see cref="RegularFile.DefaultLimit"/>
    /// (SW214), or invalid (SW202, with one detail line per mistake).
    /// </exception>
    public static SlipwayConfig Load(string path, string? displayPath = null)
    {
        var fullPath = Path.GetFullPath(path);
        displayPath ??= path;
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(fullPath);
        }
        catch (RegularFileException e)
        {
            throw e.Problem switch
            {
                RegularFileProblem.Missing => new SlipwayException(Errors.ConfigNotFound, $"{displayPath} not found",
                    "run 'slipway init' to write a starter configuration, or pass --config FILE"),
                RegularFileProblem.Directory => new SlipwayException(Errors.ConfigNotRegularFile, $"{displayPath} {e.Message}",
                    $"--config takes the configuration file itself, such as {Path.Combine(displayPath, SlipwayConfig.DefaultFileName)}"),
                RegularFileProblem.NotRegular => new SlipwayException(Errors.ConfigNotRegularFile, $"{displayPath} {e.Message}"),
                RegularFileProblem.TooLarge => new SlipwayException(Errors.ConfigTooLarge, $"{displayPath} {e.Message}"),
                _ => new SlipwayException(Errors.ConfigNotFound, $"{displayPath} {e.Message}"),
            };
        }

        return Parse(bytes, fullPath, displayPath);
    }

    /// <summary>Parses configuration text as if it were the file <paramref name="fullPath"/>.</summary>
    public static SlipwayConfig Parse(string text, string fullPath, string displayPath) =>
        Parse(System.Text.Encoding.UTF8.GetBytes(text), fullPath, displayPath);

    /// <summary>Parses the configuration's bytes as if they were the file <paramref name="fullPath"/>.</summary>
    public static SlipwayConfig Parse(byte[] bytes, string fullPath, string displayPath)
    {
        var reader = new ConfigNodeReader(displayPath);
        var root = ConfigText.Decode(bytes, reader) is { } text ? ConfigYaml.Read(text, reader) : null;
        var config = root is null ? null : Build(root, reader, fullPath);
        if (reader.Diagnostics.Count > 0 || config is null)
        {
            var details = reader.Diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).Select(d => d.ToString()).ToList();
            var count = details.Count == 1 ? "1 mistake" : $"{details.Count} mistakes";
            throw new SlipwayException(Errors.ConfigInvalid, $"{displayPath} has {count}", "see docs/configuration.md for every key", details);
        }

        return config with { Source = bytes };
    }

    private static SlipwayConfig? Build(YamlMappingNode root, ConfigNodeReader reader, string fullPath)
    {
        var directory = Path.GetDirectoryName(fullPath)!;
        string? name = null;
        TagTemplate? tag = null;
        List<VersionReference>? versions = null;
        var audit = AuditSettings.Default;
        var notes = new NotesSectionReader(reader);
        var notesSettings = NotesSettings.Default;
        var forge = ForgeSettings.Default;
        var next = NextSettings.Default;
        var release = ReleaseSettings.Default;
        var releaseReader = new ReleaseSectionReader(reader);
        var artifactsReader = new ArtifactsSectionReader(reader);
        var artifacts = ArtifactSettings.Default;
        var dateFormat = SlipwayConfig.DefaultDateFormat;
        ApiSettings? api = null;

        foreach (var (key, _, value) in reader.Entries(root, "at the top level", TopLevelKeys))
        {
            switch (key)
            {
                case "name":
                    name = reader.String(value, key);
                    break;
                case "tag" when value is YamlMappingNode mapping:
                    (var tagName, release) = releaseReader.TagMapping(mapping, release);
                    tag = tagName is null ? null : ReadTag(tagName, reader);
                    break;
                case "tag":
                    tag = ReadTag(value, reader);
                    break;
                case "date-format":
                    dateFormat = DateFormat.Read(value, reader) ?? dateFormat;
                    break;
                case "versions":
                    versions = new VersionsSectionReader(reader).Read(value);
                    break;
                case "audit":
                    audit = ReadAudit(value, reader);
                    break;
                case "notes":
                    notesSettings = notes.ReadNotes(value);
                    break;
                case "forge":
                    forge = notes.ReadForge(value);
                    break;
                case "next":
                    next = notes.ReadNext(value);
                    break;
                case "artifacts":
                    artifacts = artifacts with { Artifacts = artifactsReader.ReadArtifacts(value) };
                    break;
                case "registries":
                    artifacts = artifacts with { Registries = new RegistriesSectionReader(reader).Read(value) };
                    break;
                case "api":
                    api = new ApiSectionReader(reader).Read(value);
                    break;
                default:
                    release = releaseReader.Read(release, key, value);
                    break;
            }
        }

        release = releaseReader.Finish(release);
        if (versions is null)
        {
            reader.Error(root, "there is no 'versions:' list; name at least one place where the version is written");
            return null;
        }

        return new SlipwayConfig
        {
            FilePath = fullPath,
            Root = directory,
            Name = name ?? Path.GetFileName(directory),
            Tag = tag ?? TagTemplate.Parse(TagTemplate.Default),
            Versions = versions,
            Audit = audit,
            Notes = notesSettings,
            Forge = forge,
            Next = next,
            Release = release,
            Artifacts = artifacts,
            DateFormat = dateFormat,
            Api = api,
        };
    }

    private static TagTemplate? ReadTag(YamlNode node, ConfigNodeReader reader)
    {
        if (reader.Scalar(node, "tag") is not { } scalar)
        {
            return null;
        }

        try
        {
            var tag = TagTemplate.Parse(scalar.Value!);
            return SampleReleases.Check(reader, node, "tag", ValueTemplate.ForVersion(tag.Source), RefName.TagProblem, Expected.Tag) ? tag : null;
        }
        catch (TemplateException e)
        {
            reader.ErrorInScalar(scalar, e.Offset, $"tag: {e.Message}");
            return null;
        }
    }

    private static AuditSettings ReadAudit(YamlNode node, ConfigNodeReader reader)
    {
        if (reader.Mapping(node, "audit") is not { } mapping)
        {
            return AuditSettings.Default;
        }

        var ignore = new List<string>();
        var lines = new List<AuditLineRule>();
        foreach (var (_, _, value) in reader.Entries(mapping, "in audit", ["ignore"]))
        {
            // Each item is a path glob, or {path, line}: the lines of those files that match a regular expression.
            var items = reader.Sequence(value, "audit.ignore")?.Children ?? [];
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is YamlMappingNode rule)
                {
                    lines.AddRange(ReadLineRule(rule, $"audit.ignore[{i}]", reader) is { } read ? [read] : []);
                }
                else if (reader.String(items[i], $"audit.ignore[{i}]") is { } path && reader.Glob(items[i], $"audit.ignore[{i}]", path))
                {
                    ignore.Add(path);
                }
            }
        }

        return new AuditSettings(ignore) { IgnoreLines = lines };
    }

    private static AuditLineRule? ReadLineRule(YamlMappingNode rule, string path, ConfigNodeReader reader)
    {
        string glob = "**", pattern = string.Empty;
        YamlNode? line = null;
        foreach (var (key, _, value) in reader.Entries(rule, "in " + path, ["path", "line"]))
        {
            if (key == "path")
            {
                glob = reader.String(value, $"{path}.path") is { } given && reader.Glob(value, $"{path}.path", given) ? given : glob;
            }
            else
            {
                pattern = reader.String(value, $"{path}.line") ?? string.Empty;
                line = value;
            }
        }

        if (line is null)
        {
            reader.Error(rule, $"{path} needs 'line', a regular expression for the lines to leave out (write a plain path to leave out a whole file)");
            return null;
        }

        try
        {
            return new AuditLineRule(glob, new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5)));
        }
        catch (ArgumentException e)
        {
            reader.Error(line, $"{path}.line is not a regular expression: {e.Message}");
            return null;
        }
    }
}

using Slipway.Core.Templates;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>Reads <c>notes:</c>, <c>forge:</c> and <c>next:</c>.</summary>
internal sealed class NotesSectionReader(ConfigNodeReader reader)
{
    public static readonly IReadOnlyList<string> NotesKeys =
        ["style", "template", "file", "highlights", "installation", "prerelease", "sections", "bots", "bot-changes", "release-changes", "exclude", "bot-authors", "paths", "exclude-paths"];

    public static readonly IReadOnlyList<string> ForgeKeys = ["repository", "url", "remote", "api", "releases"];

    public static readonly IReadOnlyList<string> NextKeys = ["breaking-before-1"];

    public NotesSettings ReadNotes(YamlNode node)
    {
        var settings = NotesSettings.Default;
        if (reader.Mapping(node, "notes") is not { } mapping)
        {
            return settings;
        }

        YamlNode? fileNode = null;
        foreach (var (key, _, value) in reader.Entries(mapping, "in notes", NotesKeys))
        {
            var path = "notes." + key;
            fileNode = key == "file" ? value : fileNode;
            settings = key switch
            {
                "style" => reader.String(value, path) is { } style && OneOf(value, path, style, NotesStyles.All) ? settings with { Style = style } : settings,
                "template" => settings with { Template = reader.Checked(value, path, ConfiguredPath.Problem, Expected.Path) is { } t ? ConfiguredPath.Normalize(t) : null },
                "file" => settings with { File = PathTemplate(value, path)?.Source },
                "highlights" => settings with { Highlights = PathTemplate(value, path)?.Source },
                "installation" => settings with { Installation = Template(value, path)?.Source },
                "prerelease" => settings with { PreRelease = Template(value, path)?.Source },
                "sections" => settings with { Sections = Sections(value, path) },
                "bots" when value is YamlScalarNode { Value: "group" or "drop" or "keep" } old => Fail(value,
                    $"notes.bots is the list of bot names (e.g. [fossabot]); found '{old.Value}': bots no longer decide a change's section, and 'notes.bot-changes: drop' leaves their changes out", settings),
                "bots" => settings with { Bots = reader.Strings(value, path) },
                "bot-authors" => Fail(value, "notes.bot-authors is now notes.bots (a list of bot names, e.g. [fossabot])", settings),
                "bot-changes" => Handling(value, path) is { } bots ? settings with { BotChanges = bots } : settings,
                "release-changes" => Handling(value, path) is { } release ? settings with { ReleaseChanges = release } : settings,
                "exclude" => settings with { Exclude = Patterns(value, path) },
                "paths" => settings with { Paths = reader.Globs(value, path) },
                "exclude-paths" => settings with { ExcludePaths = reader.Globs(value, path) },
                _ => settings,
            };
        }

        // One changelog of every release finds each release's section again by its heading; two built-in styles write none.
        if (fileNode is not null && settings.File is { } file && NotesSettings.HoldsEveryRelease(file) && settings.Template is null && !NotesSettings.HeadsWithVersion(settings.Style))
        {
            settings = Fail(fileNode, $"notes.file '{file}' is one changelog of every release, each new one above the last, but the {settings.Style} style writes no heading naming the version, by which a release's section is found; use style keep-a-changelog or conventional-changelog, a notes.template with such a heading, or a file per release such as 'changelogs/CHANGELOG-v{{version}}.md'", settings);
        }

        return settings;
    }

    public ForgeSettings ReadForge(YamlNode node)
    {
        var settings = ForgeSettings.Default;
        if (reader.Mapping(node, "forge") is not { } mapping)
        {
            return settings;
        }

        foreach (var (key, _, value) in reader.Entries(mapping, "in forge", ForgeKeys))
        {
            if (key == "releases")
            {
                settings = settings with { Releases = reader.Bool(value, "forge.releases") ?? settings.Releases };
                continue;
            }

            var text = reader.String(value, "forge." + key);
            settings = key switch
            {
                "repository" when text is not null && text.Split('/') is not [{ Length: > 0 }, { Length: > 0 }] =>
                    Fail(value, $"forge.repository must be owner/name, found '{text}'", settings),
                "repository" => settings with { Repository = text },
                "url" when text is not null && !Uri.TryCreate(text, UriKind.Absolute, out _) =>
                    Fail(value, $"forge.url must be an absolute URL such as https://github.example.com, found '{text}'", settings),
                "url" => settings with { Url = text },
                "remote" when text is not null && Git.RefName.RemoteProblem(text) is { } problem =>
                    Fail(value, $"forge.remote must be {Expected.Remote}, found '{text}': {problem}", settings),
                "remote" => settings with { Remote = text ?? settings.Remote },
                "api" when text is not null && !(Uri.TryCreate(text, UriKind.Absolute, out var api) && api.Scheme is "http" or "https") =>
                    Fail(value, $"forge.api must be an http(s) URL such as https://github.example.com/api/v3, found '{text}'", settings),
                "api" => settings with { Api = text },
                _ => settings,
            };
        }

        return settings;
    }

    public NextSettings ReadNext(YamlNode node)
    {
        var settings = NextSettings.Default;
        if (reader.Mapping(node, "next") is not { } mapping)
        {
            return settings;
        }

        foreach (var (_, _, value) in reader.Entries(mapping, "in next", NextKeys))
        {
            if (reader.String(value, "next.breaking-before-1") is { } level && OneOf(value, "next.breaking-before-1", level, ["minor", "major"]))
            {
                settings = settings with { BreakingBumpsMinorBeforeOne = level == "minor" };
            }
        }

        return settings;
    }

    // Each a .NET regular expression, matched as the regex locator's are (bounded in time).
    private List<System.Text.RegularExpressions.Regex> Patterns(YamlNode node, string path)
    {
        var patterns = new List<System.Text.RegularExpressions.Regex>();
        if (reader.Sequence(node, path) is not { } sequence)
        {
            return patterns;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (reader.String(sequence.Children[i], $"{path}[{i}]") is not { } pattern)
            {
                continue;
            }

            try
            {
                patterns.Add(new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5)));
            }
            catch (ArgumentException e)
            {
                reader.Error(sequence.Children[i], $"{path}[{i}] is not a regular expression: {e.Message}");
            }
        }

        return patterns;
    }

    private List<KeyValuePair<string, string>> Sections(YamlNode node, string path)
    {
        var sections = new List<KeyValuePair<string, string>>();
        if (reader.Mapping(node, path) is { } mapping)
        {
            foreach (var (key, child) in mapping.Children)
            {
                if (key is YamlScalarNode { Value: { } category } && reader.String(child, $"{path}.{category}") is { } title)
                {
                    sections.Add(new(category, title));
                }
            }
        }

        return sections;
    }

    private ValueTemplate? Template(YamlNode node, string path)
    {
        if (reader.Scalar(node, path) is not { } scalar)
        {
            return null;
        }

        try
        {
            return ValueTemplate.Parse(scalar.Value!, Placeholders.Notes);
        }
        catch (TemplateException e)
        {
            reader.ErrorInScalar(scalar, e.Offset, $"{path}: {e.Message}");
            return null;
        }
    }

    private ValueTemplate? PathTemplate(YamlNode node, string path) =>
        Template(node, path) is { } template && SampleReleases.Check(reader, node, path, template, ConfiguredPath.Problem, Expected.Path) ? template : null;

    private ChangeHandling? Handling(YamlNode node, string path) =>
        reader.String(node, path) is { } text && OneOf(node, path, text, ["keep", "drop"]) ? Enum.Parse<ChangeHandling>(text, ignoreCase: true) : null;

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

    private T Fail<T>(YamlNode node, string message, T unchanged)
    {
        reader.Error(node, message);
        return unchanged;
    }
}

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Notes;

/// <summary>
/// What a repository's <c>.github/release.yml</c> tells GitHub's generated notes: the pull requests
/// to leave out (a label of <c>changelog.exclude.labels</c>, an author among
/// <c>changelog.exclude.authors</c>) and the categories that group the rest by label
/// (<c>changelog.categories</c>). Labels and logins are known only to the forge: with a token the
/// notes leave out and group as GitHub does; without one they list every pull request ungrouped, and
/// say so rather than differ from GitHub's without a word.
/// </summary>
internal sealed record ReleaseYml(string Name, IReadOnlyList<string> ExcludedLabels, IReadOnlyList<string> ExcludedAuthors)
{
    private static readonly string[] Names = [".github/release.yml", ".github/release.yaml"];

    /// <summary>The categories, in the file's order: a pull request goes into the first that takes it.</summary>
    public IReadOnlyList<ReleaseYmlCategory> Categories { get; init; } = [];

    public bool ExcludesAny => ExcludedLabels.Count > 0 || ExcludedAuthors.Count > 0;

    /// <summary>The file of the repository at <paramref name="root"/> when it leaves anything out or groups by label, else null.</summary>
    public static ReleaseYml? Read(string root)
    {
        foreach (var name in Names)
        {
            var path = Path.Combine(root, name);
            if (File.Exists(path) && Parse(name, File.ReadAllText(path)) is { } found && (found.ExcludesAny || found.Categories.Count > 0))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The exclusions of <paramref name="text"/>; none when it has none or is not YAML GitHub could read either.</summary>
    public static ReleaseYml Parse(string name, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new Text.GuardedYamlParser(new Parser(new StringReader(text)), Text.GuardedYamlParser.FileDepth, refuseTags: false));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            return new ReleaseYml(name, [], []);
        }

        var changelog = stream.Documents is [{ RootNode: YamlMappingNode document }, ..] && Child(document, "changelog") is YamlMappingNode found ? found : null;
        var exclude = changelog is not null ? Child(changelog, "exclude") as YamlMappingNode : null;
        var categories = changelog is not null && Child(changelog, "categories") is YamlSequenceNode list
            ? list.OfType<YamlMappingNode>()
                .Where(c => Child(c, "title") is YamlScalarNode { Value.Length: > 0 })
                .Select(c => new ReleaseYmlCategory(((YamlScalarNode)Child(c, "title")!).Value!, Values(c, "labels"),
                    Values(Child(c, "exclude") as YamlMappingNode, "labels"), Values(Child(c, "exclude") as YamlMappingNode, "authors")))
                .ToList()
            : [];
        return new ReleaseYml(name, Values(exclude, "labels"), Values(exclude, "authors")) { Categories = categories };
    }

    /// <summary>The warning of notes made without the forge: what GitHub leaves out is listed, and nothing is grouped.</summary>
    public string WarningWithoutForge()
    {
        var what = string.Join(" and ", new[]
        {
            ExcludedLabels.Count > 0 ? "labelled " + string.Join(", ", ExcludedLabels) : null,
            ExcludedAuthors.Count > 0 ? "opened by " + string.Join(", ", ExcludedAuthors) : null,
        }.OfType<string>());
        var does = ExcludesAny ? $"leaves out pull requests {what} from GitHub's notes" : "groups GitHub's notes by label";
        var so = ExcludesAny ? "so they are listed here: remove them by hand where it matters" : "so the pull requests are listed ungrouped";
        return $"{Name} {does}; without a GitHub token Slipway knows neither labels nor logins, {so}";
    }

    /// <summary>
    /// The pull requests grouped as GitHub's generated notes group them: each into the first category
    /// with one of its labels (or <c>*</c>) that does not exclude it, the rest under "Other Changes";
    /// categories left empty are left out.
    /// </summary>
    public List<SectionModel> Grouped(IEnumerable<ChangeModel> pullRequests)
    {
        var categories = Categories.ToList();
        var groups = categories.Select(c => (c.Title, Changes: new List<ChangeModel>())).Append(("Other Changes", [])).ToList();
        foreach (var change in pullRequests)
        {
            var at = categories.FindIndex(c => c.Takes(change));
            groups[at < 0 ? groups.Count - 1 : at].Changes.Add(change);
        }

        return groups.Where(g => g.Changes.Count > 0).Select(g => new SectionModel(g.Title, g.Title, g.Changes)).ToList();
    }

    /// <summary>Whether GitHub's notes leave the change out, by the labels and the login the forge gave it.</summary>
    public bool Excludes(ChangeModel change) => Matches(change, ExcludedLabels, ExcludedAuthors);

    internal static bool Matches(ChangeModel change, IReadOnlyList<string> labels, IReadOnlyList<string> authors) =>
        change.Labels.Any(label => labels.Contains(label, StringComparer.OrdinalIgnoreCase))
        || (change.Author.Login is { } login && authors.Contains(login, StringComparer.OrdinalIgnoreCase));

    private static List<string> Values(YamlMappingNode? mapping, string key) =>
        mapping is not null && Child(mapping, key) is YamlSequenceNode values
            ? values.OfType<YamlScalarNode>().Select(v => v.Value).OfType<string>().Where(v => v.Length > 0).ToList()
            : [];

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var name } && name == key).Value;
}

/// <summary>A category of <c>changelog.categories</c>: its heading, the labels that take a pull request into it (<c>*</c>: any), and what it excludes.</summary>
internal sealed record ReleaseYmlCategory(string Title, IReadOnlyList<string> Labels, IReadOnlyList<string> ExcludedLabels, IReadOnlyList<string> ExcludedAuthors)
{
    public bool Takes(ChangeModel change) =>
        (Labels.Contains("*") || change.Labels.Any(label => Labels.Contains(label, StringComparer.OrdinalIgnoreCase)))
        && !ReleaseYml.Matches(change, ExcludedLabels, ExcludedAuthors);
}

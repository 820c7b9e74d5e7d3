using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Notes;

/// <summary>
/// What a repository's <c>.github/release.yml</c> tells GitHub's generated notes to leave out:
/// pull requests with a label of <c>changelog.exclude.labels</c>, and those opened by a login of
/// <c>changelog.exclude.authors</c>. Labels and logins are known only to the forge: with a token
/// the notes leave those pull requests out as GitHub does; without one they are listed, and the
/// notes say so rather than differ from GitHub's without a word.
/// </summary>
internal sealed record ReleaseYml(string Name, IReadOnlyList<string> ExcludedLabels, IReadOnlyList<string> ExcludedAuthors)
{
    private static readonly string[] Names = [".github/release.yml", ".github/release.yaml"];

    public bool ExcludesAny => ExcludedLabels.Count > 0 || ExcludedAuthors.Count > 0;

    /// <summary>The file of the repository at <paramref name="root"/> when it leaves anything out, else null.</summary>
    public static ReleaseYml? Read(string root)
    {
        foreach (var name in Names)
        {
            var path = Path.Combine(root, name);
            if (File.Exists(path) && Parse(name, File.ReadAllText(path)) is { ExcludesAny: true } found)
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

        var exclude = stream.Documents is [{ RootNode: YamlMappingNode document }, ..]
            && Child(document, "changelog") is YamlMappingNode changelog
            && Child(changelog, "exclude") is YamlMappingNode found ? found : null;
        return new ReleaseYml(name, Values(exclude, "labels"), Values(exclude, "authors"));
    }

    /// <summary>The warning of notes made without the forge: what GitHub leaves out is listed.</summary>
    public string WarningWithoutForge()
    {
        var what = string.Join(" and ", new[]
        {
            ExcludedLabels.Count > 0 ? "labelled " + string.Join(", ", ExcludedLabels) : null,
            ExcludedAuthors.Count > 0 ? "opened by " + string.Join(", ", ExcludedAuthors) : null,
        }.OfType<string>());
        return $"{Name} leaves out pull requests {what} from GitHub's notes; "
            + "without a GitHub token Slipway knows neither labels nor logins, so they are listed here: remove them by hand where it matters";
    }

    /// <summary>Whether GitHub's notes leave the change out, by the labels and the login the forge gave it.</summary>
    public bool Excludes(ChangeModel change) =>
        change.Labels.Any(label => ExcludedLabels.Contains(label, StringComparer.OrdinalIgnoreCase))
        || (change.Author.Login is { } login && ExcludedAuthors.Contains(login, StringComparer.OrdinalIgnoreCase));

    private static List<string> Values(YamlMappingNode? mapping, string key) =>
        mapping is not null && Child(mapping, key) is YamlSequenceNode values
            ? values.OfType<YamlScalarNode>().Select(v => v.Value).OfType<string>().Where(v => v.Length > 0).ToList()
            : [];

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var name } && name == key).Value;
}

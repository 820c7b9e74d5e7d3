using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Notes;

/// <summary>
/// The labels a repository's <c>.github/release.yml</c> tells GitHub's generated notes to leave out
/// (<c>changelog.exclude.labels</c>). A pull request's labels are known only to
/// the forge and Slipway does not read them, so a list in GitHub's form would carry pull requests
/// GitHub leaves out: the notes say so, rather than differ from GitHub's without a word.
/// </summary>
internal static class ReleaseYmlExclusions
{
    private static readonly string[] Names = [".github/release.yml", ".github/release.yaml"];

    /// <summary>The warning for the repository at <paramref name="root"/>, or null when it excludes nothing.</summary>
    public static string? Warning(string root)
    {
        foreach (var name in Names)
        {
            var path = Path.Combine(root, name);
            if (File.Exists(path) && ExcludedLabels(File.ReadAllText(path)) is { Count: > 0 } labels)
            {
                return $"{name} leaves out pull requests labelled {string.Join(", ", labels)} from GitHub's notes; "
                    + "Slipway does not read labels, so they are listed here: remove them by hand where it matters";
            }
        }

        return null;
    }

    /// <summary>The values of <c>changelog.exclude.labels</c>; empty when the file has none or is not YAML GitHub could read either.</summary>
    internal static List<string> ExcludedLabels(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new Text.GuardedYamlParser(new Parser(new StringReader(text)), Text.GuardedYamlParser.FileDepth, refuseTags: false));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            return [];
        }

        return stream.Documents is [{ RootNode: YamlMappingNode document }, ..]
            && Child(document, "changelog") is YamlMappingNode changelog
            && Child(changelog, "exclude") is YamlMappingNode exclude
            && Child(exclude, "labels") is YamlSequenceNode values
            ? values.OfType<YamlScalarNode>().Select(v => v.Value).OfType<string>().Where(v => v.Length > 0).ToList()
            : [];
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var name } && name == key).Value;
}

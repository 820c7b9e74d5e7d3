using Slipway.Core.Diagnostics;
using Slipway.Core.Git;

namespace Slipway.Core.Workspace.Go;

/// <summary>
/// Where a module lives in its repository: the directory of its go.mod, and the prefix of the tags
/// Go looks for its versions under (<c>sub/v1.2.3</c> for a module in <c>sub/</c>; none at the root,
/// nor for a <c>v2/</c> major-version subdirectory).
/// </summary>
public sealed record GoModuleLocation(string Directory, string TagPrefix)
{
    public string TagFor(string version) => TagPrefix + version;

    /// <summary>
    /// Finds the go.mod that declares <paramref name="module"/> at <paramref name="commit"/>, among the
    /// directories Go would look in for that module path (so a copy under testdata/ does not count).
    /// </summary>
    /// <exception cref="SlipwayException">No such go.mod (SW355).</exception>
    public static GoModuleLocation Find(GitRunner upstream, string commit, GoModuleVersion module)
    {
        var (prefix, major) = module.SplitPath();
        var candidates = new List<(GoModuleLocation Location, string Blob, int Preference)>();
        foreach (var (directory, blob) in GoModFiles(upstream, commit))
        {
            if (Place(directory, prefix, major) is { } place)
            {
                candidates.Add((place.Location, blob, place.Preference));
            }
        }

        foreach (var (location, blob, _) in candidates.OrderBy(c => c.Preference).ThenBy(c => c.Location.Directory.Length))
        {
            var text = System.Text.Encoding.UTF8.GetString(ReadBlob(upstream, blob));
            if (GoModFile.Parse(text).Module == module.Path)
            {
                return location;
            }
        }

        throw new SlipwayException(Errors.GoModuleUnhashable,
            $"commit {commit[..Math.Min(12, commit.Length)]} of {upstream.WorkingDirectory} has no go.mod declaring 'module {module.Path}' where Go looks for it",
            "the upstream's go.mod must declare the path the downstream requires, in the repository's root or in the directory the path names");
    }

    internal static byte[] ReadBlob(GitRunner upstream, string objectName)
    {
        using var output = new MemoryStream();
        upstream.Stream(["cat-file", "blob", "--end-of-options", objectName], stream => stream.CopyTo(output));
        return output.ToArray();
    }

    /// <summary>
    /// Whether Go would look for the module in <paramref name="directory"/> (Go's codeRepo.findDir):
    /// the repository's root, the directory the path's tail names, or either one's major-version
    /// subdirectory (preferred, as Go prefers it).
    /// </summary>
    private static (GoModuleLocation Location, int Preference)? Place(string directory, string prefix, string major)
    {
        var majorDirectory = major.StartsWith('/') ? major[1..] : null;
        if (majorDirectory is not null && (directory == majorDirectory || directory.EndsWith("/" + majorDirectory, StringComparison.Ordinal)))
        {
            var codeDirectory = directory[..Math.Max(0, directory.Length - majorDirectory.Length - 1)];
            if (codeDirectory.Length == 0 || prefix.EndsWith("/" + codeDirectory, StringComparison.Ordinal))
            {
                return (new GoModuleLocation(directory, TagPrefixOf(codeDirectory)), 0);
            }
        }

        return directory.Length == 0 || prefix.EndsWith("/" + directory, StringComparison.Ordinal)
            ? (new GoModuleLocation(directory, TagPrefixOf(directory)), 1)
            : null;
    }

    private static string TagPrefixOf(string codeDirectory) => codeDirectory.Length == 0 ? string.Empty : codeDirectory + "/";

    /// <summary>Every regular go.mod of the commit's tree: its directory ("" at the root) and its blob.</summary>
    private static IEnumerable<(string Directory, string Blob)> GoModFiles(GitRunner upstream, string commit)
    {
        foreach (var entry in upstream.Check("ls-tree", "-r", "-z", "--full-tree", "--end-of-options", commit).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <type> <object>\t<path>"
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var fields = entry[..tab].Split(' ');
            var path = entry[(tab + 1)..];
            if (fields[0] is "100644" or "100755" && (path == "go.mod" || path.EndsWith("/go.mod", StringComparison.Ordinal)))
            {
                yield return (path.Length == "go.mod".Length ? string.Empty : path[..^"/go.mod".Length], fields[2]);
            }
        }
    }
}

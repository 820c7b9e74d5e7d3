using System.Text.RegularExpressions;

namespace Slipway.Core.Tests.Architecture;

/// <summary>
/// Which top-level folders of a project use which: from every <c>using Ns.Folder</c>, every
/// qualified <c>Ns.Folder.</c> and every reference like <c>Folder.Type</c> (a namespace named from a
/// sibling), read from the sources. Each edge keeps the files that make it, to say where a cycle is.
/// </summary>
internal sealed partial class FolderGraph
{
    private readonly Dictionary<string, Dictionary<string, List<string>>> _edges = new(StringComparer.Ordinal);

    private FolderGraph(IReadOnlyList<string> folders) => Folders = folders;

    public IReadOnlyList<string> Folders { get; }

    public static FolderGraph Read(string projectDirectory, string rootNamespace)
    {
        var folders = Directory.EnumerateDirectories(projectDirectory).Select(Path.GetFileName).OfType<string>()
            .Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal).ToList();
        var graph = new FolderGraph(folders);
        foreach (var folder in folders)
        {
            graph._edges[folder] = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(projectDirectory, folder), "*.cs", SearchOption.AllDirectories))
            {
                var code = Comment().Replace(File.ReadAllText(file), string.Empty);
                foreach (var used in folders.Where(other => other != folder && Uses(code, rootNamespace, other)))
                {
                    (graph._edges[folder].TryGetValue(used, out var files) ? files : graph._edges[folder][used] = []).Add(Path.GetRelativePath(projectDirectory, file));
                }
            }
        }

        return graph;
    }

    public IReadOnlyCollection<string> Uses(string folder) => _edges[folder].Keys;

    public IReadOnlyList<string> FilesOf(string from, string to) => _edges[from][to];

    /// <summary>A cycle as its folders (the first repeated at the end), or null when the graph has none.</summary>
    public IReadOnlyList<string>? FindCycle()
    {
        var state = Folders.ToDictionary(f => f, _ => 0, StringComparer.Ordinal); // 0 new, 1 on the path, 2 done
        var path = new List<string>();
        IReadOnlyList<string>? Visit(string folder)
        {
            state[folder] = 1;
            path.Add(folder);
            foreach (var next in Uses(folder).Order(StringComparer.Ordinal))
            {
                if (state[next] == 1)
                {
                    return [.. path.Skip(path.IndexOf(next)), next];
                }

                if (state[next] == 0 && Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[folder] = 2;
            return null;
        }

        return Folders.Where(f => state[f] == 0).Select(Visit).FirstOrDefault(c => c is not null);
    }

    private static bool Uses(string code, string rootNamespace, string folder) =>
        code.Contains($"{rootNamespace}.{folder}.", StringComparison.Ordinal)
        || code.Contains($"using {rootNamespace}.{folder};", StringComparison.Ordinal)
        || Regex.IsMatch(code, $@"(?<![\w.]){folder}\.[A-Z]\w*\b");

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();
}

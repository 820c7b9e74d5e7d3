using Slipway.Core.Configuration;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Workspace;

/// <summary>
/// Reads the keys of <c>slipway.workspace.yaml</c> and checks each value on its own: spellings,
/// local clones that exist, duplicate names and paths. Names that refer to other repositories are
/// the graph's check, once every repository is known.
/// </summary>
internal sealed class WorkspaceFileReader(ConfigNodeReader reader, string root)
{
    public static readonly IReadOnlyList<string> TopLevelKeys = ["version", "repositories", "handoffs"];

    public static readonly IReadOnlyList<string> RepositoryKeys = ["name", "path", "config", "remote", "after"];

    private readonly WorkspaceValueReader _paths = new(reader, root);
    private readonly HashSet<string> _unusable = new(StringComparer.Ordinal);

    /// <summary>
    /// Repositories whose clone or configuration is missing or wrong (already reported). They are
    /// still returned, so that entries naming them are not also reported as naming nothing.
    /// </summary>
    public IReadOnlySet<string> Unusable => _unusable;

    public WorkspaceSettings? Read(YamlMappingNode mapping, string fullPath)
    {
        var version = WorkspaceVersionMode.Shared;
        List<WorkspaceRepositorySettings>? repositories = null;
        IReadOnlyList<HandoffSettings> handoffs = [];
        foreach (var (key, _, value) in reader.Entries(mapping, "at the top level", TopLevelKeys))
        {
            switch (key)
            {
                case "version":
                    version = Version(value) ?? version;
                    break;
                case "repositories":
                    repositories = Repositories(value);
                    break;
                default:
                    handoffs = new HandoffSectionReader(reader, _paths).Read(value);
                    break;
            }
        }

        if (repositories is null)
        {
            reader.Error(mapping, "there is no 'repositories:' list; name at least one repository (name, path)");
            return null;
        }

        return new WorkspaceSettings { FilePath = fullPath, Root = root, Version = version, Repositories = repositories, Handoffs = handoffs };
    }

    private WorkspaceVersionMode? Version(YamlNode node) => reader.String(node, "version") switch
    {
        null => null,
        "shared" => WorkspaceVersionMode.Shared,
        "per-repository" => WorkspaceVersionMode.PerRepository,
        var other => Fail(node, $"version must be 'shared' (one version for every repository) or 'per-repository', found '{other}'"),
    };

    private List<WorkspaceRepositorySettings> Repositories(YamlNode node)
    {
        var repositories = new List<WorkspaceRepositorySettings>();
        if (reader.Sequence(node, "repositories") is not { } sequence)
        {
            return repositories;
        }

        if (sequence.Children.Count == 0)
        {
            reader.Error(sequence, "repositories is empty; list at least one repository (name, path)");
        }

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var paths = new Dictionary<string, (string Name, int Line)>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (Repository(sequence.Children[i], $"repositories[{i}]") is not { } repository)
            {
                continue;
            }

            if (names.TryGetValue(repository.Name, out var line))
            {
                reader.Error(sequence.Children[i], $"repositories[{i}]: the name '{repository.Name}' is already used on line {line}; names must be unique");
                continue;
            }

            if (repository.FullPath.Length > 0 && paths.TryGetValue(repository.FullPath, out var other))
            {
                reader.Error(sequence.Children[i], $"repositories[{i}]: '{repository.Name}' is the same clone as '{other.Name}' (line {other.Line}); a clone is released once");
                continue;
            }

            names[repository.Name] = repository.Position.Line;
            paths[repository.FullPath] = (repository.Name, repository.Position.Line);
            repositories.Add(repository);
        }

        return repositories;
    }

    private WorkspaceRepositorySettings? Repository(YamlNode node, string label)
    {
        if (reader.Mapping(node, label) is not { } mapping)
        {
            return null;
        }

        NameReference? name = null;
        (string Written, string Full)? clone = null;
        string? config = SlipwayConfig.DefaultFileName, remote = null;
        YamlNode? configNode = null;
        var after = new List<NameReference>();
        var valid = true;
        foreach (var (key, _, value) in reader.Entries(mapping, "in " + label, RepositoryKeys))
        {
            var path = $"{label}.{key}";
            switch (key)
            {
                case "name":
                    name = _paths.Name(value, path, "a repository name");
                    break;
                case "path":
                    clone = _paths.Clone(value, path);
                    valid &= clone is not null;
                    break;
                case "config":
                    config = _paths.Inside(value, path, "the clone");
                    configNode = value;
                    valid &= config is not null;
                    break;
                case "remote":
                    remote = _paths.Name(value, path, "the name of a git remote in the clone, such as 'origin'")?.Name;
                    valid &= remote is not null;
                    break;
                default:
                    after = After(value, path);
                    break;
            }
        }

        valid &= _paths.Required(mapping, label, "path", "the path of its local clone");
        if (!_paths.Required(mapping, label, "name", "a name that other entries refer to") || name is null)
        {
            return null;
        }

        if (valid && clone is { } found && config is not null && !File.Exists(Path.Combine(found.Full, config)))
        {
            reader.Error(configNode ?? node, $"{label}: '{name.Name}' has no {config} in {found.Written}; run 'slipway init' there, or set 'config:'");
            valid = false;
        }

        if (!valid)
        {
            _unusable.Add(name.Name);
        }

        return new WorkspaceRepositorySettings
        {
            Name = name.Name,
            Path = clone?.Written ?? string.Empty,
            FullPath = clone?.Full ?? string.Empty,
            Config = config ?? SlipwayConfig.DefaultFileName,
            Remote = remote,
            After = after,
            Position = new SourcePosition((int)node.Start.Line, (int)node.Start.Column),
        };
    }

    private List<NameReference> After(YamlNode node, string path)
    {
        var names = new List<NameReference>();
        if (reader.Sequence(node, path) is not { } sequence)
        {
            return names;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (_paths.Name(sequence.Children[i], $"{path}[{i}]", "a repository name") is { } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private WorkspaceVersionMode? Fail(YamlNode node, string message)
    {
        reader.Error(node, message);
        return null;
    }
}

using Slipway.Core.Configuration;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Workspace;

/// <summary>
/// The values of the workspace file: local clones (a repository, a hand-off's target), paths inside
/// them, names, and keys an entry cannot do without. A clone that is not there is reported where its
/// path is written, with what was found.
/// </summary>
internal sealed class WorkspaceValueReader(ConfigNodeReader reader, string root)
{
    /// <summary>The clone's path as written and as an absolute path, or null (reported) when it is not a git clone.</summary>
    public (string Written, string Full)? Clone(YamlNode node, string keyPath)
    {
        if (reader.String(node, keyPath) is not { } written)
        {
            return null;
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(root, written)));
        if (!Directory.Exists(full))
        {
            reader.Error(node, File.Exists(full)
                ? $"{keyPath} must be the directory of a local clone, found a file '{written}'"
                : $"{keyPath}: no directory '{written}' (resolved to {full}); clone the repository there or correct the path");
            return null;
        }

        // A clone has .git (a directory, or a file in a linked worktree or a submodule); asking git is the
        // preflight's job, this only catches a path that is plainly not a clone.
        if (!Directory.Exists(Path.Combine(full, ".git")) && !File.Exists(Path.Combine(full, ".git")))
        {
            reader.Error(node, $"{keyPath}: '{written}' is not a git clone (it has no .git)");
            return null;
        }

        // A symbolic link to a clone is that clone: two entries must not release it twice.
        return (written, new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full);
    }

    /// <summary>A path inside a clone, or a template of one: relative, and never leaving it.</summary>
    public string? Inside(YamlNode node, string keyPath, string what)
    {
        if (reader.String(node, keyPath) is not { } value)
        {
            return null;
        }

        var normalized = value.Replace('\\', '/');
        if (normalized.StartsWith('/') || Path.IsPathRooted(normalized) || normalized.Split('/').Contains(".."))
        {
            reader.Error(node, $"{keyPath} must be a path inside {what}, relative to it and without '..', found '{value}'");
            return null;
        }

        return normalized.StartsWith("./", StringComparison.Ordinal) ? normalized[2..] : normalized;
    }

    /// <summary>A name in the workspace's spelling (<see cref="RepositoryName"/>).</summary>
    public NameReference? Name(YamlNode node, string keyPath, string what)
    {
        if (reader.String(node, keyPath) is not { } name)
        {
            return null;
        }

        if (!RepositoryName.IsValid(name))
        {
            reader.Error(node, $"{keyPath} must be {what} ({RepositoryName.Rule}), found '{name}'");
            return null;
        }

        return new NameReference(name, new SourcePosition((int)node.Start.Line, (int)node.Start.Column));
    }

    /// <summary>Whether <paramref name="mapping"/> has <paramref name="key"/>; reported, with what to add, when it has not.</summary>
    public bool Required(YamlMappingNode mapping, string label, string key, string what)
    {
        if (mapping.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == key))
        {
            return true;
        }

        reader.Error(mapping, $"{label} has no '{key}'; add {what}");
        return false;
    }
}

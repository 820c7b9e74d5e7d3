using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Workspace;

/// <summary>
/// Loads <c>slipway.workspace.yaml</c>, each repository's own configuration, and checks them together
/// before anything runs. Every mistake, in any of the files, is reported at once (SW240), each as
/// <c>file:line:col: message</c>.
/// </summary>
public static class WorkspaceLoader
{
    public static IReadOnlyList<string> TopLevelKeys => WorkspaceFileReader.TopLevelKeys;

    /// <summary>
    /// The workspace file to use: <paramref name="explicitPath"/> (relative to <paramref name="directory"/>)
    /// when given, else <c>slipway.workspace.yaml</c> in <paramref name="directory"/>; null when there is none.
    /// </summary>
    /// <exception cref="SlipwayException">An explicit file does not exist (SW241).</exception>
    public static string? Find(string directory, string? explicitPath = null)
    {
        if (explicitPath is not null)
        {
            var full = Path.GetFullPath(Path.Combine(directory, explicitPath));
            return File.Exists(full)
                ? full
                : throw new SlipwayException(Errors.WorkspaceNotFound, $"{explicitPath} not found", $"the workspace file is usually {WorkspaceSettings.DefaultFileName}, next to the clones it names");
        }

        var candidate = Path.Combine(directory, WorkspaceSettings.DefaultFileName);
        return File.Exists(candidate) ? Path.GetFullPath(candidate) : null;
    }

    /// <exception cref="SlipwayException">The file cannot be read (SW241) or has mistakes (SW240, one detail line per mistake).</exception>
    public static LoadedWorkspace Load(string path, string? displayPath = null)
    {
        displayPath ??= path;
        byte[] bytes;
        try
        {
            // As slipway.yaml: a regular file of at most 1 MiB, never a device or a FIFO.
            bytes = RegularFile.ReadAllBytes(Path.GetFullPath(path));
        }
        catch (RegularFileException e)
        {
            throw new SlipwayException(Errors.WorkspaceNotFound, $"{displayPath} {e.Message}");
        }

        var reader = new ConfigNodeReader(displayPath);
        return ConfigText.Decode(bytes, reader) is { } text
            ? Parse(text, Path.GetFullPath(path), displayPath)
            : throw Invalid(displayPath, reader.Diagnostics.Select(d => d.ToString()).ToList());
    }

    /// <summary>Parses workspace text as if it were the file <paramref name="fullPath"/>; repository paths are relative to its directory.</summary>
    public static LoadedWorkspace Parse(string text, string fullPath, string displayPath)
    {
        var reader = new ConfigNodeReader(displayPath);
        var root = Path.GetDirectoryName(fullPath)!;
        var fileReader = new WorkspaceFileReader(reader, root);
        var settings = ParseYaml(text, reader) is { } mapping ? fileReader.Read(mapping, fullPath) : null;
        if (settings is null)
        {
            throw Invalid(displayPath, Sorted(reader.Diagnostics));
        }

        // Each repository's own mistakes are reported in its own file, after the workspace file's.
        var configs = new Dictionary<string, (SlipwayConfig, string)>(StringComparer.Ordinal);
        var configErrors = new List<(string File, IReadOnlyList<string> Details)>();
        foreach (var repository in settings.Repositories.Where(r => !fileReader.Unusable.Contains(r.Name)))
        {
            var configDisplay = ConfigDisplay(displayPath, repository);
            try
            {
                configs[repository.Name] = (ConfigLoader.Load(Path.Combine(repository.FullPath, repository.Config), configDisplay), configDisplay);
            }
            catch (SlipwayException e) when (e.Kind == Errors.ConfigInvalid || e.Kind == Errors.ConfigNotFound)
            {
                configErrors.Add((configDisplay, e.Details.Count > 0 ? e.Details : [$"{configDisplay}: {e.Message}"]));
            }
        }

        var graph = new WorkspaceGraphCheck(settings, displayPath);
        var order = graph.Check(configs, out var upstreams);
        var errors = Sorted(reader.Diagnostics.Concat(graph.Errors.Where(d => d.File == displayPath)));
        foreach (var file in settings.Repositories.Select(r => ConfigDisplay(displayPath, r)))
        {
            errors.AddRange(configErrors.Where(c => c.File == file).SelectMany(c => c.Details));
            errors.AddRange(Sorted(graph.Errors.Where(d => d.File == file)));
        }

        if (errors.Count > 0 || order is null)
        {
            throw Invalid(displayPath, errors);
        }

        var members = order.Select(name => new WorkspaceMember(settings.Repositories.Single(r => r.Name == name), configs[name].Item1, upstreams[name])).ToList();
        return new LoadedWorkspace(settings, members);
    }

    /// <summary>How messages name a repository's configuration: its path as seen from where the workspace file is named.</summary>
    private static string ConfigDisplay(string displayPath, WorkspaceRepositorySettings repository) =>
        Path.Combine(Path.GetDirectoryName(displayPath) ?? string.Empty, repository.Path, repository.Config);

    private static List<string> Sorted(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).Select(d => d.ToString()).ToList();

    private static SlipwayException Invalid(string displayPath, List<string> errors)
    {
        var count = errors.Count == 1 ? "1 mistake" : $"{errors.Count} mistakes";
        return new SlipwayException(Errors.WorkspaceInvalid, $"{displayPath} has {count}", "see docs/configuration.md (the workspace file) for every key", errors);
    }

    private static YamlMappingNode? ParseYaml(string text, ConfigNodeReader reader) => ConfigYaml.Read(text, reader, "a 'repositories:' list");
}

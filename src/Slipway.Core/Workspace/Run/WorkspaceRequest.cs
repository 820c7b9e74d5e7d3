using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Workspace.Run;

/// <summary>
/// What 'slipway release' was asked in a workspace: <see cref="Target"/> (a version or a keyword) for
/// every repository, and, with <c>version: per-repository</c>, a target of its own for any repository
/// named as <c>NAME=TARGET</c> (bpfman-operator=0.4.1). A repository without its own takes
/// <see cref="Target"/>; with one shared version there is only <see cref="Target"/>.
/// </summary>
public sealed record WorkspaceRequest(string? Target)
{
    /// <summary>Each named repository's own version or keyword.</summary>
    public IReadOnlyDictionary<string, string> Targets { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Release a repository even when nothing changed in it since its previous release.</summary>
    public bool AllowEmpty { get; init; }

    /// <summary>--from TAG: refused in a workspace (<see cref="For"/> says why).</summary>
    public string? PatchOf { get; init; }

    /// <summary>The request the command line's words make: at most one bare TARGET, and any number of NAME=TARGET.</summary>
    /// <exception cref="SlipwayException">Two bare targets, one repository named twice, or an empty name or target (SW201).</exception>
    public static WorkspaceRequest Parse(IReadOnlyList<string> words)
    {
        string? target = null;
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                target = target is null ? word : throw new SlipwayException(Errors.Usage, $"two versions for every repository: '{target}' and '{word}'",
                    "give one VERSION (or keyword) for every repository, and NAME=VERSION for a repository released at a version of its own");
                continue;
            }

            var (name, value) = (word[..equals], word[(equals + 1)..]);
            if (name.Length == 0 || value.Length == 0)
            {
                throw new SlipwayException(Errors.Usage, $"'{word}' is not NAME=VERSION", "name a repository of the workspace and its version or keyword, e.g. bpfman-operator=0.4.1");
            }

            if (!targets.TryAdd(name, value))
            {
                throw new SlipwayException(Errors.Usage, $"{name} is given two versions: '{targets[name]}' and '{value}'", "give each repository one");
            }
        }

        return new WorkspaceRequest(target) { Targets = targets };
    }

    /// <summary>The version or keyword each repository of <paramref name="workspace"/> is released at, in release order.</summary>
    /// <exception cref="SlipwayException">A name that is not in the workspace, NAME=TARGET in a shared-version workspace, or a repository without a target (SW201).</exception>
    internal IReadOnlyDictionary<string, string> For(LoadedWorkspace workspace)
    {
        var file = workspace.Settings.FilePath;
        if (PatchOf is { } tag)
        {
            // A tag names one repository's release: the others have their own tags, histories, patch
            // branches and cherry-picks, and a downstream's patch would have to follow an upstream
            // patch that this run does not make. There is no one meaning, so none is guessed.
            throw new SlipwayException(Errors.Usage, $"--from {tag} patches one repository's release on its patch branch, but {file} releases {workspace.Order.Count} repositories, each with its own tags and history, so it has no one meaning here",
                $"patch each repository in its own clone ('slipway release patch --from TAG' there, without the workspace), upstream first; set a downstream's follows references on its patch branch (slipway bump does not change them)");
        }

        foreach (var name in Targets.Keys.Where(n => !workspace.Contains(n)))
        {
            var nearest = Suggestions.Closest(name, workspace.Order.Select(m => m.Name));
            throw new SlipwayException(Errors.Usage, $"'{name}' is not a repository of {file}",
                nearest is null ? $"its repositories: {string.Join(", ", workspace.Order.Select(m => m.Name))}" : $"did you mean '{nearest}'?");
        }

        if (workspace.Settings.Version == WorkspaceVersionMode.Shared && Targets.Count > 0)
        {
            throw new SlipwayException(Errors.Usage, $"{string.Join(", ", Targets.Keys)}: a version of its own, but {file} has 'version: shared' (one version for every repository)",
                "give one version (slipway release 0.9.0), or set 'version: per-repository' in the workspace file");
        }

        var missing = workspace.Order.Where(m => Target is null && !Targets.ContainsKey(m.Name)).Select(m => m.Name).ToList();
        if (missing.Count > 0)
        {
            throw new SlipwayException(Errors.Usage, $"no version for {string.Join(", ", missing)}",
                $"give each NAME=VERSION, or one VERSION (or keyword: major, minor, patch, rc) for every repository not named, e.g. slipway release patch {string.Join(' ', Targets.Select(t => $"{t.Key}={t.Value}"))}".TrimEnd());
        }

        return workspace.Order.ToDictionary(m => m.Name, m => Targets.GetValueOrDefault(m.Name) ?? Target!, StringComparer.Ordinal);
    }
}

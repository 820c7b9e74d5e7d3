using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Workspace;

/// <summary>
/// The checks that need every repository at once: names that refer to no repository (in
/// <c>after:</c>, <c>follows:</c> and hand-offs), a repository that waits for itself, and cycles.
/// A <c>follows:</c> reference orders its repository after the one it follows, as <c>after:</c> does:
/// the upstream's version must be tagged before it can be written downstream.
/// </summary>
internal sealed class WorkspaceGraphCheck(WorkspaceSettings settings, string displayPath)
{
    private readonly List<Diagnostic> _errors = [];
    private readonly HashSet<string> _names = new(settings.Repositories.Select(r => r.Name), StringComparer.Ordinal);

    public IReadOnlyList<Diagnostic> Errors => _errors;

    /// <summary>The release order, or null when a name is unknown or the repositories wait for each other in a cycle (reported).</summary>
    public IReadOnlyList<string>? Check(IReadOnlyDictionary<string, (SlipwayConfig Config, string DisplayPath)> configs, out IReadOnlyDictionary<string, IReadOnlyList<string>> upstreams)
    {
        var edges = new List<WorkspaceEdge>();
        foreach (var repository in settings.Repositories)
        {
            edges.AddRange(repository.After.Select(name => WorkspaceEdge.After(repository.Name, name, displayPath)));
            if (configs.TryGetValue(repository.Name, out var loaded))
            {
                edges.AddRange(loaded.Config.Versions.Where(r => r.Follows is not null).Select(r => WorkspaceEdge.Follows(repository.Name, r, loaded.DisplayPath)));
            }
        }

        var known = edges.Where(Known).ToList();
        foreach (var handoff in settings.Handoffs.Where(h => !_names.Contains(h.From.Name)))
        {
            Unknown(handoff.From.Name, $"handoff '{handoff.Name}' comes from '{handoff.From.Name}'", displayPath, handoff.From.Position);
        }

        var graph = new DependencyGraph<WorkspaceEdge>(settings.Repositories.Select(r => r.Name).ToList(), known.Select(e => (e.Downstream, e.Upstream, e)).ToList());
        foreach (var cycle in graph.Cycles())
        {
            var path = string.Join(" → ", cycle.Select(e => e.Downstream).Append(cycle[0].Downstream));
            var causes = string.Join("; ", cycle.Select(e => $"{e.Edge.Cause} ({e.Edge.Place})"));
            _errors.Add(cycle[0].Edge.Error($"the repositories wait for each other in a cycle, {path}: {causes}; remove one of these"));
        }

        upstreams = settings.Repositories.ToDictionary(
            r => r.Name,
            r => (IReadOnlyList<string>)known.Where(e => e.Downstream == r.Name).Select(e => e.Upstream).Distinct(StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
        return _errors.Count == 0 ? graph.Order() : null;
    }

    private bool Known(WorkspaceEdge edge)
    {
        if (!_names.Contains(edge.Upstream))
        {
            Unknown(edge.Upstream, edge.Cause, edge.File, edge.Position);
            return false;
        }

        if (edge.Upstream == edge.Downstream)
        {
            _errors.Add(edge.Error($"{edge.Cause}: a repository cannot wait for its own release; name another repository of the workspace"));
            return false;
        }

        return true;
    }

    private void Unknown(string name, string cause, string file, SourcePosition position)
    {
        var suggestion = Suggestions.Closest(name, _names);
        var hint = suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)";
        _errors.Add(new Diagnostic(file, position.Line, position.Column,
            $"{cause}, but the workspace has no repository '{name}'{hint}; its repositories: {string.Join(", ", settings.Repositories.Select(r => r.Name))}"));
    }
}

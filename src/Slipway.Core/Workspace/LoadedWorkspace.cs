using Slipway.Core.Configuration;

namespace Slipway.Core.Workspace;

/// <summary>
/// A loaded and checked workspace: every repository with its own configuration, in release order
/// (every repository after the ones it depends on; otherwise in declaration order).
/// </summary>
public sealed class LoadedWorkspace
{
    private readonly Dictionary<string, WorkspaceMember> _byName;

    internal LoadedWorkspace(WorkspaceSettings settings, IReadOnlyList<WorkspaceMember> order)
    {
        Settings = settings;
        Order = order;
        _byName = order.ToDictionary(m => m.Name, StringComparer.Ordinal);
    }

    public WorkspaceSettings Settings { get; }

    /// <summary>The repositories in release order.</summary>
    public IReadOnlyList<WorkspaceMember> Order { get; }

    public WorkspaceMember this[string name] => _byName[name];

    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>The repositories that wait for <paramref name="name"/>, directly, in release order.</summary>
    public IReadOnlyList<WorkspaceMember> Downstreams(string name) => Order.Where(m => m.Upstreams.Contains(name, StringComparer.Ordinal)).ToList();

    /// <summary>Every reference in the workspace that carries another repository's version.</summary>
    public IEnumerable<(WorkspaceMember Downstream, VersionReference Reference)> Follows =>
        Order.SelectMany(m => m.Config.Versions.Where(r => r.Follows is not null).Select(r => (m, r)));

    public IEnumerable<HandoffSettings> HandoffsAfter(string name) => Settings.Handoffs.Where(h => h.From.Name == name);
}

/// <summary>One repository of a loaded workspace.</summary>
public sealed record WorkspaceMember(WorkspaceRepositorySettings Settings, SlipwayConfig Config, IReadOnlyList<string> Upstreams)
{
    public string Name => Settings.Name;

    /// <summary>The clone's directory.</summary>
    public string Directory => Settings.FullPath;

    /// <summary>The remote its release pushes to: the workspace's choice, else its own configuration's.</summary>
    public string Remote => Settings.Remote ?? Config.Release.Remote;
}

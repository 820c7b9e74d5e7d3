namespace Slipway.Core.Configuration;

/// <summary>A loaded <c>slipway.workspace.yaml</c>: several repositories released together, in dependency order.</summary>
public sealed record WorkspaceSettings
{
    public const string DefaultFileName = "slipway.workspace.yaml";

    /// <summary>The workspace file, as an absolute path.</summary>
    public required string FilePath { get; init; }

    /// <summary>The directory that repository paths are relative to (the file's own directory).</summary>
    public required string Root { get; init; }

    public WorkspaceVersionMode Version { get; init; } = WorkspaceVersionMode.Shared;

    /// <summary>In declaration order, which is also the release order among repositories that do not depend on each other.</summary>
    public required IReadOnlyList<WorkspaceRepositorySettings> Repositories { get; init; }

    public IReadOnlyList<HandoffSettings> Handoffs { get; init; } = [];
}

public enum WorkspaceVersionMode
{
    /// <summary>One version for every repository (bpfman and bpfman-operator are always released as the same version).</summary>
    Shared,

    /// <summary>Each repository has its own version; <c>follows</c> references carry their upstream's.</summary>
    PerRepository,
}

/// <summary>One repository of the workspace: a local clone with its own <c>slipway.yaml</c>.</summary>
public sealed record WorkspaceRepositorySettings
{
    public required string Name { get; init; }

    /// <summary>The clone's directory as written in the workspace file.</summary>
    public required string Path { get; init; }

    /// <summary>The clone's directory, absolute.</summary>
    public required string FullPath { get; init; }

    /// <summary>The configuration inside the clone, relative to it.</summary>
    public string Config { get; init; } = SlipwayConfig.DefaultFileName;

    /// <summary>The remote its release pushes to and whose tags downstream repositories wait for; null for its own configuration's remote.</summary>
    public string? Remote { get; init; }

    /// <summary>The repositories that must be released before this one, as written.</summary>
    public IReadOnlyList<NameReference> After { get; init; } = [];

    public required SourcePosition Position { get; init; }
}

/// <summary>A name that refers to a repository of the workspace, and where it was written (for located errors).</summary>
public sealed record NameReference(string Name, SourcePosition Position);

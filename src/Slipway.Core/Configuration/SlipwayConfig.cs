using Slipway.Core.Templates;

namespace Slipway.Core.Configuration;

/// <summary>A loaded and validated <c>slipway.yaml</c>.</summary>
public sealed record SlipwayConfig
{
    public const string DefaultFileName = "slipway.yaml";

    /// <summary>The configuration file, as an absolute path.</summary>
    public required string FilePath { get; init; }

    /// <summary>The directory that relative paths in the file are relative to (the file's own directory).</summary>
    public required string Root { get; init; }

    public required string Name { get; init; }

    /// <summary>Maps a version to its tag and back; <c>v{version}</c> unless configured.</summary>
    public required TagTemplate Tag { get; init; }

    public required IReadOnlyList<VersionReference> Versions { get; init; }

    public AuditSettings Audit { get; init; } = AuditSettings.Default;

    public NotesSettings Notes { get; init; } = NotesSettings.Default;

    public ForgeSettings Forge { get; init; } = ForgeSettings.Default;

    public NextSettings Next { get; init; } = NextSettings.Default;

    public ReleaseSettings Release { get; init; } = ReleaseSettings.Default;

    /// <summary>The published artifacts to check (<c>artifacts:</c>) and how their registries are reached (<c>registries:</c>).</summary>
    public ArtifactSettings Artifacts { get; init; } = ArtifactSettings.Default;

    /// <summary>The Kubernetes API gate (<c>api:</c>); null when the project has none.</summary>
    public ApiSettings? Api { get; init; }
}

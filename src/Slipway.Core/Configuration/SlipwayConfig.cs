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

    /// <summary>
    /// A SHA-256 of the file's bytes: a release pins its plan to it. Hashed when first asked for, not
    /// at load: the first hash loads and initialises OpenSSL, about a millisecond that commands which
    /// pin no plan (slipway api, notes) would otherwise pay before their first git process starts.
    /// </summary>
    public string Fingerprint => _fingerprint ??= Source is null ? string.Empty : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Source));

    /// <summary>The file's bytes as loaded; null for a configuration built in code (its fingerprint is empty).</summary>
    internal byte[]? Source { get; init; }

    private string? _fingerprint;

    /// <summary>Maps a version to its tag and back; <c>v{version}</c> unless configured.</summary>
    public required TagTemplate Tag { get; init; }

    public required IReadOnlyList<VersionReference> Versions { get; init; }

    /// <summary>How {date} is written: a .NET date format, ISO 8601 (yyyy-MM-dd) unless configured; always the UTC date.</summary>
    public string DateFormat { get; init; } = DefaultDateFormat;

    public const string DefaultDateFormat = "yyyy-MM-dd";

    /// <summary>The {date} text of <paramref name="at"/>: its UTC date in <see cref="DateFormat"/>.</summary>
    public string DateText(DateTimeOffset at) => at.UtcDateTime.ToString(DateFormat, System.Globalization.CultureInfo.InvariantCulture);

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

using Slipway.Core.Templates;

namespace Slipway.Core.Configuration;

/// <summary>The kinds of published artifact Slipway checks.</summary>
public enum ArtifactKind
{
    /// <summary>A container image (or image index) in an OCI registry.</summary>
    Image,

    /// <summary>A Helm chart stored as an OCI artifact.</summary>
    Chart,

    /// <summary>Anything that answers HTTP 200 once published (a crate's page, a package repository).</summary>
    Url,
}

/// <summary>One configured artifact: its kind, its reference as a template, and for images the platforms it must hold.</summary>
public sealed record ArtifactSetting(ArtifactKind Kind, ValueTemplate Reference, IReadOnlyList<Platform> Platforms);

/// <summary>How registries are reached: which may be plain HTTP, how long one request may take, how often a failure is retried.</summary>
public sealed record RegistrySettings
{
    public static readonly RegistrySettings Default = new();

    /// <summary>Registries (host or host:port) reached over plain HTTP besides loopback ones.</summary>
    public IReadOnlyList<string> Insecure { get; init; } = [];

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a connection error, a timeout, HTTP 429 or 5xx.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The first retry's delay; each further one doubles it (with jitter).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How many artifacts are checked at once.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>HTTPS, except for loopback registries and those listed as insecure.</summary>
    public string SchemeFor(string registry) =>
        ImageReference.IsLoopback(registry) || Insecure.Contains(registry, StringComparer.OrdinalIgnoreCase) || Insecure.Contains(ImageReference.HostOf(registry), StringComparer.OrdinalIgnoreCase)
            ? "http"
            : "https";
}

/// <summary>The <c>artifacts:</c> and <c>registries:</c> sections.</summary>
public sealed record ArtifactSettings(IReadOnlyList<ArtifactSetting> Artifacts, RegistrySettings Registries)
{
    public static readonly ArtifactSettings Default = new([], RegistrySettings.Default);

    /// <summary>What artifact templates may use: the version's parts, the tag, the core version and the rc number.</summary>
    public static readonly IReadOnlySet<string> Placeholders =
        new HashSet<string>(Templates.Placeholders.Version, StringComparer.Ordinal) { "tag", "core", "rc" };
}

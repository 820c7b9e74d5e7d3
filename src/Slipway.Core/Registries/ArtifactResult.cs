namespace Slipway.Core.Registries;

/// <summary>What a check found.</summary>
public enum ArtifactStatus
{
    /// <summary>There, and as configured.</summary>
    Present,

    /// <summary>The tag, manifest or URL does not exist (yet).</summary>
    Missing,

    /// <summary>The image exists but lacks some of the required platforms.</summary>
    WrongPlatforms,

    /// <summary>The chart exists but declares another version.</summary>
    WrongVersion,

    /// <summary>The reference names something that is not a Helm chart.</summary>
    NotAChart,

    /// <summary>The registry refused access: credentials missing or wrong.</summary>
    Denied,

    /// <summary>The registry or URL could not be reached, timed out, or answered nonsense.</summary>
    Unreachable,
}

/// <summary>The outcome of one artifact's check, with the digest(s) it saw and a detail line for people.</summary>
public sealed record ArtifactResult(ArtifactCheck Check, ArtifactStatus Status, string Detail)
{
    public string? Digest { get; init; }

    /// <summary>The digests of the platform manifests an index points at, by platform.</summary>
    public IReadOnlyDictionary<string, string> PlatformDigests { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> MissingPlatforms { get; init; } = [];

    /// <summary>The version a chart declares, when it was read.</summary>
    public string? FoundVersion { get; init; }

    public bool IsGood => Status == ArtifactStatus.Present;

    /// <summary>Neither present nor definitely wrong: the check itself could not be completed.</summary>
    public bool IsInconclusive => Status is ArtifactStatus.Unreachable or ArtifactStatus.Denied;
}

namespace Slipway.Core.Configuration;

/// <summary>
/// The <c>forge:</c> section: which GitHub repository links point at. Without it, the owner and
/// name come from the <c>origin</c> remote's URL.
/// </summary>
public sealed record ForgeSettings
{
    public static readonly ForgeSettings Default = new();

    /// <summary><c>owner/name</c>, or null to read it from the remote.</summary>
    public string? Repository { get; init; }

    /// <summary>The web address of the forge (GitHub Enterprise has its own).</summary>
    public string? Url { get; init; }

    /// <summary>The remote whose URL names the repository.</summary>
    public string Remote { get; init; } = "origin";

    /// <summary>The REST API's address, for GitHub Enterprise (https://github.example.com/api/v3); null to derive it.</summary>
    public string? Api { get; init; }

    /// <summary>Whether a release ends by publishing the GitHub release of its tag (the publish step).</summary>
    public bool Releases { get; init; }
}

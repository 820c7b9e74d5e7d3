namespace Slipway.Core.Registries;

/// <summary>Hears how a wait for artifacts goes, so the CLI can show progress; the core never prints.</summary>
public interface IArtifactObserver
{
    /// <summary>A round of checks ended; <paramref name="remaining"/> is how long the wait goes on, zero when it is over.</summary>
    void Checked(int round, IReadOnlyList<ArtifactResult> results, TimeSpan remaining);
}

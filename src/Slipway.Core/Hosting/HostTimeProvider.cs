namespace Slipway.Core.Hosting;

/// <summary>
/// The host's clock as a <see cref="TimeProvider"/>, so a wait for artifacts inside a release runs on
/// the same clock as its sleeps: the real one, or a test's virtual one that a sleep advances.
/// </summary>
public sealed class HostTimeProvider(RunHost host) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => host.Now();

    /// <summary>A pause that sleeps on the host, for <see cref="ArtifactWaiter"/>.</summary>
    public Task Delay(TimeSpan pause, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        host.Sleep(pause);
        return Task.CompletedTask;
    }
}

namespace Slipway.Core.Registries;

/// <summary>
/// Checks, and while some artifact is not there yet, checks the missing ones again until all are good
/// or the time is up. Artifacts already found are not asked for again.
/// </summary>
public sealed class ArtifactWaiter(ArtifactVerifier verifier, TimeProvider time, Func<TimeSpan, CancellationToken, Task>? delay = null)
{
    private readonly Func<TimeSpan, CancellationToken, Task> _delay = delay ?? Task.Delay;

    /// <summary>How long to pause between rounds: a twentieth of the wait, between half a second and 15 seconds.</summary>
    public static TimeSpan IntervalFor(TimeSpan wait) =>
        TimeSpan.FromMilliseconds(Math.Clamp(wait.TotalMilliseconds / 20, 500, 15_000));

    public async Task<IReadOnlyList<ArtifactResult>> WaitAsync(IReadOnlyList<ArtifactCheck> checks, TimeSpan wait, IArtifactObserver observer, CancellationToken cancellation = default)
    {
        var deadline = time.GetUtcNow() + wait;
        var results = (await verifier.CheckAsync(checks, cancellation).ConfigureAwait(false)).ToArray();
        for (var round = 1; ; round++)
        {
            var remaining = deadline - time.GetUtcNow();
            var pending = Enumerable.Range(0, results.Length).Where(i => !results[i].IsGood).ToList();
            var over = pending.Count == 0 || remaining <= TimeSpan.Zero;
            observer.Checked(round, results, over ? TimeSpan.Zero : remaining);
            if (over)
            {
                return results;
            }

            var pause = IntervalFor(wait);
            await _delay(pause < remaining ? pause : remaining, cancellation).ConfigureAwait(false);
            var again = await verifier.CheckAsync(pending.Select(i => results[i].Check).ToList(), cancellation).ConfigureAwait(false);
            for (var j = 0; j < pending.Count; j++)
            {
                results[pending[j]] = again[j];
            }
        }
    }
}

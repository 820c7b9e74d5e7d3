using System.Runtime;

namespace Slipway.Cli.Infrastructure;

/// <summary>
/// Holds the garbage collector off while a command builds data that lives until it has printed its
/// answer (the API gate's trees of every CRD at two revisions): a collection then frees nothing and
/// copies everything it finds, which cost the gate a fifth of its time. Past the budget the
/// runtime simply collects again, so a larger input is slower, never refused.
/// </summary>
internal sealed class CollectionPause : IDisposable
{
    private readonly bool _started;

    private CollectionPause(bool started) => _started = started;

    /// <param name="budget">The bytes the command may allocate before collections resume.</param>
    public static CollectionPause Start(long budget)
    {
        try
        {
            return new(GC.TryStartNoGCRegion(budget));
        }
        catch (ArgumentOutOfRangeException)
        {
            return new(false); // more than this runtime can set aside at once: collect as usual
        }
    }

    public void Dispose()
    {
        // A budget overrun ends the pause by itself; ending it again would throw.
        if (_started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }
    }
}

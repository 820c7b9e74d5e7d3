namespace Slipway.Core.Files;

/// <summary>
/// How a command comes to a repository's files. One that writes takes the repository's lock first
/// (SW319 at once when another process holds it) and settles an interrupted write under it, before it
/// reads anything. One that only reads settles an interrupted write only when no process holds the
/// lock: a held lock means the record belongs to a write still running, not to a killed one, just as
/// SQLite treats a journal as "hot" only when no other connection holds the database's lock. It
/// never takes the lock otherwise, so a reader never makes a writer fail.
/// </summary>
public static class RepositoryAccess
{
    /// <exception cref="Diagnostics.SlipwayException">Another process holds the lock (SW319); an interrupted write cannot be settled safely (SW320).</exception>
    public static WriteAccess ForWriting(string root, string command)
    {
        var tree = WorkTree.Containing(root);
        var gate = RepositoryLock.Acquire(tree.StateDirectory, command);
        try
        {
            return new WriteAccess(gate, WriteRecovery.Settle(tree, new IntentStore(tree.StateDirectory)));
        }
        catch
        {
            gate.Dispose();
            throw;
        }
    }

    /// <exception cref="Diagnostics.SlipwayException">An interrupted write cannot be settled safely (SW320).</exception>
    public static ReadAccess ForReading(string root)
    {
        var state = StateDirectory.For(root);
        var store = new IntentStore(state);
        if (!store.Exists)
        {
            return new ReadAccess(null, null);
        }

        using var gate = RepositoryLock.TryAcquire(state, "recover");
        return gate is null
            ? new ReadAccess(null, RepositoryLock.Holder(state))
            : new ReadAccess(WriteRecovery.Settle(WorkTree.Containing(root), store), null);
    }
}

/// <summary>A writing command's hold on the repository, and what settling an interrupted write did first.</summary>
public sealed class WriteAccess(RepositoryLock gate, RecoveryReport? recovered) : IDisposable
{
    public RecoveryReport? Recovered { get; } = recovered;

    public void Dispose() => gate.Dispose();
}

/// <summary>What a reading command found: an interrupted write it settled, or the holder of the lock whose write is still running.</summary>
public sealed record ReadAccess(RecoveryReport? Recovered, string? WriterRunning);

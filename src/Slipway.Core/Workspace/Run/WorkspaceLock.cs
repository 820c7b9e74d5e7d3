using Slipway.Core.Diagnostics;
using Slipway.Core.Files;

namespace Slipway.Core.Workspace.Run;

/// <summary>
/// One workspace command (release, resume, done, abort) at a time: the repository lock's mechanism
/// (a kernel lock, released at once by a kill -9) on a <c>lock</c> file beside the workspace journal,
/// in every repository's <c>.git/slipway/workspace/</c>. They are taken in one order (by path), all
/// or none and without waiting, so of two commands one gets them all and the other fails at once,
/// even when another workspace file lists the same clones in another order.
/// </summary>
internal sealed class WorkspaceLock : IDisposable
{
    private readonly List<RepositoryLock> _held;

    private WorkspaceLock(List<RepositoryLock> held) => _held = held;

    /// <exception cref="SlipwayException">Another process holds the lock of one of the repositories (SW374), naming it and the holder.</exception>
    public static WorkspaceLock Acquire(IEnumerable<string> journalDirectories, string command)
    {
        var held = new List<RepositoryLock>();
        foreach (var directory in journalDirectories.Order(StringComparer.Ordinal))
        {
            if (RepositoryLock.TryAcquire(directory, command) is { } taken)
            {
                held.Add(taken);
                continue;
            }

            held.ForEach(h => h.Dispose());
            throw new SlipwayException(Errors.WorkspaceLocked,
                $"another Slipway command is running this workspace release ({RepositoryLock.Holder(directory)}, holding {Path.Combine(directory, "lock")}); nothing was done",
                "wait for it to finish, then run 'slipway status' and this command again");
        }

        return new WorkspaceLock(held);
    }

    public void Dispose()
    {
        foreach (var held in _held.AsEnumerable().Reverse())
        {
            held.Dispose();
        }
    }
}

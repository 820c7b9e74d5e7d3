using System.Globalization;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Files;

/// <summary>
/// One writing command at a time per repository: an exclusive lock on <c>.git/slipway/lock</c>.
/// The lock is the kernel's (flock, through <see cref="FileShare.None"/>), not the file's existence,
/// so a process killed with -9 releases it at once and no stale lock ever has to be guessed at. The
/// holder's pid and command are written beside it, only to tell the waiting person who holds it.
/// Re-entrant within one process: a command that takes it twice (a release that aborts) shares one.
/// </summary>
public sealed class RepositoryLock : IDisposable
{
    private static readonly Dictionary<string, (FileStream Stream, int Holders)> Held = new(StringComparer.Ordinal);

    private readonly string _path;
    private bool _disposed;

    private RepositoryLock(string path) => _path = path;

    /// <exception cref="SlipwayException">Another process holds the lock (SW319).</exception>
    public static RepositoryLock Acquire(string stateDirectory, string command) =>
        TryAcquire(stateDirectory, command) ?? throw new SlipwayException(Errors.RepositoryLocked,
            $"another Slipway command is writing in this repository ({Holder(stateDirectory)}); nothing was done",
            "wait for it to finish and run this command again");

    /// <summary>The lock, or null at once when another process holds it.</summary>
    public static RepositoryLock? TryAcquire(string stateDirectory, string command)
    {
        Directory.CreateDirectory(stateDirectory);
        var path = Path.Combine(stateDirectory, "lock");
        lock (Held)
        {
            if (Held.TryGetValue(path, out var held))
            {
                Held[path] = (held.Stream, held.Holders + 1);
                return new RepositoryLock(path);
            }

            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                return null;
            }

            File.WriteAllText(path + ".owner", string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId}: slipway {command}"));
            Held[path] = (stream, 1);
            return new RepositoryLock(path);
        }
    }

    /// <summary>Who holds the lock, as its holder wrote it down (for messages).</summary>
    public static string Holder(string stateDirectory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(stateDirectory, "lock.owner")).Trim();
        }
        catch (IOException)
        {
            return "its owner is not recorded";
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        lock (Held)
        {
            var (stream, holders) = Held[_path];
            if (holders > 1)
            {
                Held[_path] = (stream, holders - 1);
                return;
            }

            Held.Remove(_path);
            File.Delete(_path + ".owner");
            stream.Dispose();
        }
    }
}

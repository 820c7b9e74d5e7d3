using System.Diagnostics;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// Another process holding a repository's write lock (util-linux flock on .git/slipway/lock, the
/// same kernel lock Slipway takes), as a running Slipway command would, until disposed.
/// </summary>
public sealed class LockHolder : IDisposable
{
    private readonly Process _process;

    public LockHolder(TestRepository repo)
        : this(repo.File(".git/slipway/lock"))
    {
    }

    /// <summary>Holds the lock file <paramref name="lockFile"/> (a workspace's, beside its journal).</summary>
    public LockHolder(string lockFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        _process = Process.Start(new ProcessStartInfo("flock", ["--nonblock", "--close", lockFile, "sh", "-c", "echo held; exec sleep 600"]) { RedirectStandardOutput = true })!;
        _process.StandardOutput.ReadLine().ShouldBe("held", "flock could not take the lock");
    }

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}

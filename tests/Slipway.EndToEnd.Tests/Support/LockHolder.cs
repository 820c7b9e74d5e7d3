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
    {
        var state = repo.File(".git/slipway");
        Directory.CreateDirectory(state);
        _process = Process.Start(new ProcessStartInfo("flock", ["--nonblock", "--close", Path.Combine(state, "lock"), "sh", "-c", "echo held; exec sleep 600"]) { RedirectStandardOutput = true })!;
        _process.StandardOutput.ReadLine().ShouldBe("held", "flock could not take the lock");
    }

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}

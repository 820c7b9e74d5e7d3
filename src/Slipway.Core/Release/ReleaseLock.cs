using System.Globalization;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Release;

/// <summary>
/// One release process at a time per repository: a lock file holding the owner's process id. A lock
/// left by a process that no longer runs (killed) is taken over.
/// </summary>
public sealed class ReleaseLock : IDisposable
{
    private readonly string _path;

    private ReleaseLock(string path) => _path = path;

    public static ReleaseLock Acquire(string stateDirectory)
    {
        Directory.CreateDirectory(stateDirectory);
        var path = Path.Combine(stateDirectory, "release.lock");
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream);
                writer.Write(Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
                return new ReleaseLock(path);
            }
            catch (IOException) when (File.Exists(path))
            {
                var owner = int.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0;
                if (owner > 0 && owner != Environment.ProcessId && IsRunning(owner))
                {
                    throw new SlipwayException(Errors.ReleaseInProgress, $"another slipway process (pid {owner}) is running a release in this repository", "wait for it to finish, or stop it and run 'slipway resume'");
                }

                File.Delete(path); // left by a process that was killed: take it over
            }
        }

        throw new SlipwayException(Errors.ReleaseInProgress, $"the release lock {path} cannot be taken");
    }

    public void Dispose() => File.Delete(_path);

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

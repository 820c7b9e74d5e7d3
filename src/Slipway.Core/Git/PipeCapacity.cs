using System.IO.Pipes;
using System.Runtime.InteropServices;

namespace Slipway.Core.Git;

/// <summary>
/// Widens the pipe a large git output comes through. Linux gives a pipe 64 KiB: git log fills that
/// in a fraction of a millisecond and then sleeps until the reader has taken it, so every pause of
/// the reader (a garbage collection, a moment without a core) stopped git too. Measured on the
/// 100,000-commit benchmark, git slept about as long as it ran (`perf sched timehist`). With
/// 1 MiB (the default `/proc/sys/fs/pipe-max-size`, allowed without privileges) git keeps writing
/// through such pauses.
/// </summary>
internal static class PipeCapacity
{
    private const int SetPipeSize = 1031; // F_SETPIPE_SZ, <linux/fcntl.h>
    private const int Wanted = 1 << 20;

    /// <summary>
    /// Asks for a 1 MiB pipe behind <paramref name="stream"/> when it is one, on Linux. A refusal (a
    /// lower pipe-max-size, the user's pipe quota spent) leaves the pipe as it was: only speed
    /// depends on it.
    /// </summary>
    public static void Widen(Stream stream)
    {
        if (OperatingSystem.IsLinux() && stream is PipeStream { SafePipeHandle: { IsInvalid: false } handle })
        {
            _ = Native.fcntl((int)handle.DangerousGetHandle(), SetPipeSize, Wanted);
        }
    }

    private static class Native
    {
        [DllImport("libc")]
        public static extern int fcntl(int descriptor, int command, int argument);
    }
}

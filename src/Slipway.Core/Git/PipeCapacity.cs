using System.IO.Pipes;
using System.Runtime.InteropServices;

namespace Slipway.Core.Git;

/// <summary>
/// Widens the pipe a large git output comes through. Linux gives a pipe 64 KiB: git log fills that
/// in a fraction of a millisecond and then sleeps until the reader has taken it, so every pause of
/// the reader (a garbage collection, a moment without a core) stopped git too. Measured on the
/// 100,000-commit benchmark (`perf sched timehist`), git slept 120 ms beside 870 ms of running on a
/// quiet machine, and as long as it ran on a loaded one. With 1 MiB (the default
/// `/proc/sys/fs/pipe-max-size`, allowed without privileges) git keeps writing through such pauses.
/// </summary>
internal static class PipeCapacity
{
    private const int SetPipeSize = 1031; // F_SETPIPE_SZ, <linux/fcntl.h>
    private const int GetPipeSize = 1032; // F_GETPIPE_SZ
    private const int Wanted = 1 << 20;

    /// <summary>
    /// Asks for a 1 MiB pipe behind <paramref name="stream"/> when it is one, on Linux, unless it holds
    /// that much already. A refusal (a lower pipe-max-size, the user's pipe quota spent) leaves the
    /// pipe as it was: only speed depends on it.
    /// </summary>
    public static void Widen(Stream stream)
    {
        if (Of(stream) is { } capacity && capacity < Wanted && Descriptor(stream) is { } descriptor)
        {
            _ = Native.fcntl(descriptor, SetPipeSize, Wanted);
        }
    }

    /// <summary>How many bytes the pipe behind <paramref name="stream"/> holds; null when it is no pipe, or not on Linux.</summary>
    public static int? Of(Stream stream) =>
        Descriptor(stream) is { } descriptor && Native.fcntl(descriptor, GetPipeSize, 0) is var size and > 0 ? size : null;

    private static int? Descriptor(Stream stream) =>
        OperatingSystem.IsLinux() && stream is PipeStream { SafePipeHandle: { IsInvalid: false } handle } ? (int)handle.DangerousGetHandle() : null;

    private static class Native
    {
        [DllImport("libc")]
        public static extern int fcntl(int descriptor, int command, int argument);
    }
}

using System.Runtime.InteropServices;

namespace Slipway.Core.Files;

/// <summary>
/// Makes what was written survive a power cut or an operating-system crash, not only a killed
/// process (whose writes the page cache keeps anyway). The order is the one careful tools keep: the
/// data of a file is on disk before the rename that publishes it, and a directory is flushed after
/// a rename in it, because a rename changes the directory, not the file. Many files are flushed as
/// one batch per file system (Linux's syncfs), as git's core.fsyncMethod=batch and dpkg do: here 200
/// fsync calls take a second, one batch a few milliseconds.
/// </summary>
internal static class Durability
{
    /// <summary>Flushes the data of <paramref name="files"/> and the directories that hold them.</summary>
    public static void FlushFiles(IEnumerable<string> files)
    {
        var list = files.Where(File.Exists).ToList();
        var directories = list.Select(f => Path.GetDirectoryName(f)!).Distinct(StringComparer.Ordinal).ToList();
        if (OperatingSystem.IsLinux())
        {
            // One syncfs per directory: each is cheap once the first has flushed the file system.
            directories.ForEach(directory => WithDirectory(directory, Native.syncfs));
            return;
        }

        foreach (var file in list)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            stream.Flush(flushToDisk: true);
        }

        FlushDirectories(directories);
    }

    /// <summary>Flushes directories, so that the renames and deletions made in them are on disk.</summary>
    public static void FlushDirectories(IEnumerable<string> directories)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // NTFS journals its directory changes; a directory cannot be opened to flush it.
        }

        foreach (var directory in directories.Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            WithDirectory(directory, Native.fsync);
        }
    }

    /// <summary>Writes a small file whole and flushed (a record that later steps rely on).</summary>
    public static void WriteFlushed(string path, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    private static void WithDirectory(string directory, Func<int, int> flush)
    {
        var descriptor = Native.open(directory, 0);
        if (descriptor < 0)
        {
            throw new IOException($"{directory} cannot be opened to flush it (errno {Marshal.GetLastPInvokeError()})");
        }

        try
        {
            if (flush(descriptor) != 0)
            {
                throw new IOException($"{directory} cannot be flushed to disk (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            _ = Native.close(descriptor);
        }
    }

    // .NET refuses to open a directory as a file, and has no syncfs: the C library is asked directly.
    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int fsync(int descriptor);

        [DllImport("libc", SetLastError = true)]
        public static extern int syncfs(int descriptor);

        [DllImport("libc")]
        public static extern int close(int descriptor);
    }
}

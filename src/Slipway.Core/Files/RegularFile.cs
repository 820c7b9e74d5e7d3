using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Slipway.Core.Files;

/// <summary>Why an input file was refused before (or while) it was read.</summary>
public enum RegularFileProblem
{
    Missing,
    Directory,
    NotRegular,
    TooLarge,
    Unreadable,
}

/// <summary>An input file that is not a regular file of bounded size; the message says what it is instead.</summary>
public sealed class RegularFileException(RegularFileProblem problem, string message) : IOException(message)
{
    public RegularFileProblem Problem { get; } = problem;
}

/// <summary>
/// Reads inputs a person names (the configuration, a notes template, a highlights file) only when
/// they are regular files of bounded size. A path to /dev/zero, /dev/urandom or a FIFO (or a symlink
/// to one) would otherwise grow memory without end or block forever. The file is opened without
/// blocking and its type is taken from the opened descriptor, so it cannot be swapped in between.
/// </summary>
public static class RegularFile
{
    /// <summary>The limit for configuration and notes inputs: far above any real one, far below harm.</summary>
    public const int DefaultLimit = 1 << 20;

    private const int OpenReadOnlyNonBlocking = 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC
    private const int EmptyPath = 0x1000; // AT_EMPTY_PATH: statx on the descriptor itself
    private const uint TypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int FileTypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>The file's bytes.</summary>
    /// <exception cref="RegularFileException">Missing, not a regular file, larger than <paramref name="limit"/>, or unreadable.</exception>
    public static byte[] ReadAllBytes(string path, int limit = DefaultLimit)
    {
        using var handle = Open(path);
        var (type, size) = Status(handle, path);
        if (type == DirectoryType)
        {
            throw new RegularFileException(RegularFileProblem.Directory, "is a directory, not a file");
        }

        if (type != RegularType)
        {
            throw new RegularFileException(RegularFileProblem.NotRegular, $"is not a regular file ({Describe(type)}); only regular files are read");
        }

        if (size > limit)
        {
            throw new RegularFileException(RegularFileProblem.TooLarge, $"is {size} bytes; files larger than {Size(limit)} are not read");
        }

        // Read in chunks against the limit, so a file that grows while it is read is still refused.
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        using var content = new MemoryStream((int)size);
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (content.Length + read > limit)
            {
                throw new RegularFileException(RegularFileProblem.TooLarge, $"is larger than {Size(limit)}; files that large are not read");
            }

            content.Write(chunk, 0, read);
        }

        return content.ToArray();
    }

    private static string Size(int limit) => limit % (1 << 20) == 0 ? $"{limit >> 20} MiB" : $"{limit} bytes";

    private static SafeFileHandle Open(string path)
    {
        var descriptor = NativeOpen(path, OpenReadOnlyNonBlocking);
        if (descriptor >= 0)
        {
            return new SafeFileHandle(descriptor, ownsHandle: true);
        }

        var errno = Marshal.GetLastPInvokeError();
        throw errno switch
        {
            2 or 20 => new RegularFileException(RegularFileProblem.Missing, "cannot be read: it does not exist"), // ENOENT, ENOTDIR
            13 => new RegularFileException(RegularFileProblem.Unreadable, "cannot be read: permission denied"),
            40 => new RegularFileException(RegularFileProblem.Unreadable, "cannot be read: too many levels of symbolic links"),
            _ => new RegularFileException(RegularFileProblem.Unreadable, $"cannot be read: {Marshal.GetPInvokeErrorMessage(errno)}"),
        };
    }

    private static (int Type, long Size) Status(SafeFileHandle handle, string path)
    {
        // struct statx is the same on every Linux architecture: stx_mode (u16) at 28, stx_size (u64) at 40.
        var buffer = new byte[256];
        if (NativeStatx((int)handle.DangerousGetHandle(), string.Empty, EmptyPath, TypeAndSize, buffer) != 0)
        {
            throw new RegularFileException(RegularFileProblem.Unreadable, $"cannot be read: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())} ({path})");
        }

        return (BitConverter.ToUInt16(buffer, 28) & FileTypeMask, BitConverter.ToInt64(buffer, 40));
    }

    private static string Describe(int type) => type switch
    {
        0x2000 => "a character device",
        0x6000 => "a block device",
        0x1000 => "a FIFO",
        0xC000 => "a socket",
        _ => "not a plain file",
    };

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int NativeOpen([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int NativeStatx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}

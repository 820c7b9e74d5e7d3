namespace Slipway.Core.Files;

/// <summary>
/// The physical path a path names, as realpath(3) gives it: every symbolic link on the way is
/// followed (".." after a link climbs from the link's target, as the kernel does), and the part that
/// does not exist yet is kept as written, so a file about to be created has a real path too.
/// </summary>
public static class RealPath
{
    // Linux's own limit (MAXSYMLINKS): a cycle of links is reported, never followed for ever.
    private const int MaxLinks = 40;

    /// <exception cref="IOException">The path has a cycle of symbolic links.</exception>
    public static string Of(string path)
    {
        // Not Path.GetFullPath: it would fold "link/.." away before the link is looked at.
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path);
        var pending = new Stack<string>(Components(full).Reverse());
        var current = Path.GetPathRoot(full)!;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var candidate = Path.Combine(current, part);
            if (new FileInfo(candidate).LinkTarget is not { } target)
            {
                current = candidate;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"{path}: too many levels of symbolic links");
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
            }

            foreach (var targetPart in Components(target).Reverse())
            {
                pending.Push(targetPart);
            }
        }

        return current;
    }

    /// <summary>Whether the last component of <paramref name="path"/> is itself a symbolic link.</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static IEnumerable<string> Components(string path) =>
        path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Skip(Path.IsPathRooted(path) ? 1 : 0);
}

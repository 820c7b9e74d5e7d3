using Slipway.Core.Diagnostics;

namespace Slipway.Core.Files;

/// <summary>
/// A write checked before its first byte: every path followed to its real file through the work
/// tree's guard, no file named twice (a link and its target are one file), every file still holding
/// what the plan was made from, and writable. Anything wrong stops it here, with nothing changed.
/// </summary>
internal sealed record PlannedWrite(WorkTree Tree, IReadOnlyList<PlannedFile> Files, IReadOnlyList<string> Directories)
{
    public const string TempSuffix = ".slipway-new";

    /// <summary>The temporary file beside <paramref name="real"/> that is renamed over it (a dot file, as git's "X.lock" sits beside X).</summary>
    public static string TempFor(string real) => Path.Combine(Path.GetDirectoryName(real)!, $".{Path.GetFileName(real)}{TempSuffix}");

    /// <exception cref="SlipwayException">A path leads outside the work tree (SW321) or into .git (SW322); a file changed, is named twice or is not writable (SW303).</exception>
    public static PlannedWrite Check(WorkTree tree, string root, IReadOnlyList<FileWrite> writes)
    {
        var files = new List<PlannedFile>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var write in writes)
        {
            var real = tree.Require(root, write.Path);
            if (seen.TryGetValue(real, out var other))
            {
                throw new SlipwayException(Errors.WriteFailed, $"{other} and {write.Path} are the same file {tree.Relative(real)} (through a symbolic link); no file was changed",
                    "name the file once in slipway.yaml");
            }

            seen[real] = write.Path;
            var current = Current(write, real);
            var mode = current is null || OperatingSystem.IsWindows() ? write.Mode : File.GetUnixFileMode(real);
            files.Add(new PlannedFile(write.Path, real, current, write.Bytes, mode));
        }

        return new PlannedWrite(tree, files, NewDirectories(tree, files));
    }

    public WriteIntent Intent(string command) => new(WriteIntent.CurrentFormat, WritePhase.Preparing, command, Directories,
        Files.Select((f, i) => new IntendedFile(
            Tree.Relative(f.Real),
            Tree.Relative(TempFor(f.Real)),
            f.Original is null ? null : i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            f.Original is null ? null : WriteIntent.Digest(f.Original),
            WriteIntent.Digest(f.Bytes))).ToList());

    private static byte[]? Current(FileWrite write, string real)
    {
        if (Directory.Exists(real))
        {
            throw new SlipwayException(Errors.WriteFailed, $"{write.Path} is a directory, not a file; no file was changed");
        }

        try
        {
            var current = File.Exists(real) ? File.ReadAllBytes(real) : null;
            var unchanged = write.Overwrites || (current is null ? write.Expected is null : write.Expected is not null && current.AsSpan().SequenceEqual(write.Expected));
            if (!unchanged)
            {
                throw new SlipwayException(Errors.WriteFailed, $"{write.Path} changed while Slipway was running; no file was changed", "run the command again");
            }

            if (current is not null)
            {
                // Renaming over a read-only file would succeed; honour the file's own permission instead.
                using var probe = new FileStream(real, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            }

            return current;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SlipwayException(Errors.WriteFailed, $"{write.Path} is not writable ({e.Message}); no file was changed");
        }
    }

    // The directories a new file needs that do not exist yet, parents first: recorded before they are
    // made, so that rolling back removes them again.
    private static List<string> NewDirectories(WorkTree tree, List<PlannedFile> files)
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Original is null))
        {
            for (var directory = Path.GetDirectoryName(file.Real)!; !Directory.Exists(directory); directory = Path.GetDirectoryName(directory)!)
            {
                missing.Add(tree.Relative(directory));
            }
        }

        return missing.OrderBy(d => d.Count(c => c == '/')).ThenBy(d => d, StringComparer.Ordinal).ToList();
    }
}

/// <summary>One file of a checked write: the path it was named by, its real path, its bytes now (null: it will be created) and after.</summary>
internal sealed record PlannedFile(string Named, string Real, byte[]? Original, byte[] Bytes, UnixFileMode? Mode);

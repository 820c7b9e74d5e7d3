using System.Text;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release.Views;

/// <summary>A file of a copied directory: where it goes, its bytes with the versions rewritten, and how many were.</summary>
public sealed record CopiedFile(string RelativePath, byte[] Bytes, bool Executable, int Rewritten);

/// <summary>
/// Copies a directory for a new version, rewriting whole-token occurrences of the previous version
/// (bare and as a tag); binary files are copied as they are.
/// </summary>
public static class DirectoryCopier
{
    private const int BinaryProbeLength = 8000;

    /// <summary>One source file as it is copied.</summary>
    public static CopiedFile Copy(string relativePath, byte[] bytes, bool executable, VersionRewrite rewrite)
    {
        var binary = bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeLength)).Contains((byte)0);
        var tokens = binary ? [] : new VersionTokenScanner(rewrite.OldBare, rewrite.OldTag).Find(bytes);
        return new CopiedFile(relativePath, tokens.Count == 0 ? bytes : Rewrite(bytes, tokens, rewrite), executable, tokens.Count);
    }

    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="target"/> (both relative to <paramref name="root"/>)
    /// as one all-or-nothing write of new files, so a process killed half-way leaves no half-copied
    /// target (the next command rolls the write back or finishes it). Both ends go through the work
    /// tree's guard: a source, a file in it or a target that leads outside the work tree or into .git
    /// is refused. Links inside the source are followed (each directory once, so a link to a parent is
    /// no endless loop), and the copy holds regular files.
    /// </summary>
    public static IReadOnlyList<CopiedFile> CopyOnDisk(string root, string source, string target, VersionRewrite rewrite)
    {
        var tree = WorkTree.Containing(root);
        tree.Require(root, target);
        var copied = new List<CopiedFile>();
        var writes = new List<FileWrite>();
        foreach (var (relative, real) in Walk(tree, tree.Require(root, source), string.Empty, new HashSet<string>(StringComparer.Ordinal)))
        {
            var mode = OperatingSystem.IsWindows() ? (UnixFileMode?)null : File.GetUnixFileMode(real);
            var copy = Copy(relative, File.ReadAllBytes(real), mode is { } m && (m & UnixFileMode.UserExecute) != 0, rewrite);
            writes.Add(new FileWrite(Path.Combine(target, relative), null, copy.Bytes, mode));
            copied.Add(copy);
        }

        CrashPoints.Hit("copies:before-write");
        new AtomicFileWriter(root, tree.StateDirectory, "release").Write(writes);
        return copied;
    }

    private static IEnumerable<(string Relative, string Real)> Walk(WorkTree tree, string directory, string prefix, HashSet<string> visited)
    {
        if (!visited.Add(directory))
        {
            yield break;
        }

        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var entry in Directory.EnumerateFileSystemEntries(directory, "*", options).Order(StringComparer.Ordinal))
        {
            var relative = prefix.Length == 0 ? Path.GetFileName(entry) : prefix + "/" + Path.GetFileName(entry);
            var real = tree.Require(directory, Path.GetFileName(entry));
            if (Directory.Exists(real))
            {
                foreach (var file in Walk(tree, real, relative, visited))
                {
                    yield return file;
                }
            }
            else if (File.Exists(real))
            {
                yield return (relative, real);
            }
        }
    }

    private static byte[] Rewrite(byte[] bytes, List<(int Start, int Length)> tokens, VersionRewrite rewrite)
    {
        var oldTagBytes = Encoding.UTF8.GetBytes(rewrite.OldTag);
        using var output = new MemoryStream(bytes.Length + 16 * tokens.Count);
        var position = 0;
        foreach (var (start, length) in tokens)
        {
            output.Write(bytes, position, start - position);
            var isTag = bytes.AsSpan(start, length).SequenceEqual(oldTagBytes);
            output.Write(Encoding.UTF8.GetBytes(isTag ? rewrite.NewTag : rewrite.NewBare));
            position = start + length;
        }

        output.Write(bytes, position, bytes.Length - position);
        return output.ToArray();
    }
}

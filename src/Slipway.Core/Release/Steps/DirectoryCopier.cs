using System.Text;
using Slipway.Core.Audit;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Copies a directory tree for a new version as one all-or-nothing write of new files, so a process
/// killed half-way leaves no half-copied target (the next command rolls the write back or finishes
/// it). Both ends go through the work tree's guard: a source, a file in it or a target that leads
/// outside the work tree or into .git is refused. Links inside the source are followed (each
/// directory once, so a link to a parent is no endless loop), and the copy holds regular files.
/// </summary>
internal static class DirectoryCopier
{
    private const int BinaryProbeLength = 8000;

    /// <param name="from">The source directory, relative to <paramref name="root"/>.</param>
    /// <param name="to">The target directory, relative to <paramref name="root"/>; it does not exist yet.</param>
    public static (int Files, int Rewritten) Copy(string root, string from, string to, string oldBare, string oldTag, string newBare, string newTag)
    {
        var tree = WorkTree.Containing(root);
        var source = tree.Require(root, from);
        var scanner = new VersionTokenScanner(oldBare, oldTag);
        var writes = new List<FileWrite>();
        var rewritten = 0;
        foreach (var (relative, real) in Files(tree, source, string.Empty, new HashSet<string>(StringComparer.Ordinal)))
        {
            var bytes = File.ReadAllBytes(real);
            var binary = bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeLength)).Contains((byte)0);
            var tokens = binary ? [] : scanner.Find(bytes);
            var mode = OperatingSystem.IsWindows() ? (UnixFileMode?)null : File.GetUnixFileMode(real);
            writes.Add(new FileWrite(Path.Combine(to, relative), null, tokens.Count == 0 ? bytes : Rewrite(bytes, tokens, oldTag, newBare, newTag), mode));
            rewritten += tokens.Count;
        }

        CrashPoints.Hit("copies:before-write");
        new AtomicFileWriter(root, tree.StateDirectory, "release").Write(writes);
        return (writes.Count, rewritten);
    }

    private static IEnumerable<(string Relative, string Real)> Files(WorkTree tree, string directory, string prefix, HashSet<string> visited)
    {
        if (!visited.Add(directory))
        {
            yield break;
        }

        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var entry in Directory.EnumerateFileSystemEntries(directory, "*", options).Order(StringComparer.Ordinal))
        {
            var relative = Path.Combine(prefix, Path.GetFileName(entry));
            var real = tree.Require(directory, Path.GetFileName(entry));
            if (Directory.Exists(real))
            {
                foreach (var file in Files(tree, real, relative, visited))
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

    private static byte[] Rewrite(byte[] bytes, List<(int Start, int Length)> tokens, string oldTag, string newBare, string newTag)
    {
        var oldTagBytes = Encoding.UTF8.GetBytes(oldTag);
        using var output = new MemoryStream(bytes.Length + 16 * tokens.Count);
        var position = 0;
        foreach (var (start, length) in tokens)
        {
            output.Write(bytes, position, start - position);
            var isTag = bytes.AsSpan(start, length).SequenceEqual(oldTagBytes);
            output.Write(Encoding.UTF8.GetBytes(isTag ? newTag : newBare));
            position = start + length;
        }

        output.Write(bytes, position, bytes.Length - position);
        return output.ToArray();
    }
}

using System.Text;
using Slipway.Core.Audit;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Release.Views;

/// <summary>A file of a copied directory: where it goes, its bytes with the versions rewritten, and how many were.</summary>
public sealed record CopiedFile(string RelativePath, byte[] Bytes, bool Executable, int Rewritten);

/// <summary>
/// Copies a directory for a new version, rewriting whole-token occurrences of the previous version
/// (bare and as a tag); binary files are copied as they are. The real copy is written into a
/// temporary sibling and renamed into place, so a process killed half-way leaves no half-copied
/// target (the leftover is removed on the next attempt).
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

    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/> on disk; the files as copied.</summary>
    public static IReadOnlyList<CopiedFile> CopyOnDisk(string source, string target, VersionRewrite rewrite)
    {
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.slipway-copy");
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }

        var copied = new List<CopiedFile>();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            var executable = !OperatingSystem.IsWindows() && (File.GetUnixFileMode(file) & UnixFileMode.UserExecute) != 0;
            var copy = Copy(relative, File.ReadAllBytes(file), executable, rewrite);
            var destination = Path.Combine(temp, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllBytes(destination, copy.Bytes);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(destination, File.GetUnixFileMode(file));
            }

            copied.Add(copy);
        }

        CrashPoints.Hit("copies:before-rename");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Directory.Move(temp, target);
        return copied;
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

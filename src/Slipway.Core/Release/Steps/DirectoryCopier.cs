using System.Text;
using Slipway.Core.Audit;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Copies a directory tree into a temporary sibling and renames it into place, so a process killed
/// half-way leaves no half-copied target (the leftover is removed on the next attempt).
/// </summary>
internal static class DirectoryCopier
{
    private const int BinaryProbeLength = 8000;

    public static (int Files, int Rewritten) Copy(string source, string target, string oldBare, string oldTag, string newBare, string newTag)
    {
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.slipway-copy");
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }

        var scanner = new VersionTokenScanner(oldBare, oldTag);
        var (files, rewritten) = (0, 0);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(temp, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var bytes = File.ReadAllBytes(file);
            var binary = bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeLength)).Contains((byte)0);
            var tokens = binary ? [] : scanner.Find(bytes);
            File.WriteAllBytes(destination, tokens.Count == 0 ? bytes : Rewrite(bytes, tokens, oldTag, newBare, newTag));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(destination, File.GetUnixFileMode(file));
            }

            files++;
            rewritten += tokens.Count;
        }

        CrashPoints.Hit("copies:before-rename");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Directory.Move(temp, target);
        return (files, rewritten);
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

using System.Security.Cryptography;
using System.Text;

namespace Slipway.Core.Workspace.Go;

/// <summary>
/// Go's "h1:" hash of a set of files (golang.org/x/mod/sumdb/dirhash.Hash1): the SHA-256 of a summary
/// with one line per file, sorted by name, each the hex SHA-256 of its content, two spaces, its name
/// and a newline; base64, behind "h1:". It is what go.sum records, of a module zip and of a go.mod.
/// </summary>
public static class DirHash
{
    /// <param name="files">Each file's name and the SHA-256 of its content.</param>
    public static string Hash1(IEnumerable<(string Name, byte[] Sha256)> files)
    {
        var summary = new StringBuilder();

        // Go sorts names as byte strings; the UTF-8 order differs from .NET's UTF-16 order above U+FFFF.
        foreach (var (name, sha256) in files.OrderBy(f => Encoding.UTF8.GetBytes(f.Name), ByteOrder.Instance))
        {
            if (name.Contains('\n', StringComparison.Ordinal))
            {
                throw new ArgumentException($"dirhash: file names with newlines are not supported: {name}", nameof(files));
            }

            summary.Append(Convert.ToHexStringLower(sha256)).Append("  ").Append(name).Append('\n');
        }

        return "h1:" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(summary.ToString())));
    }

    /// <summary>The "/go.mod h1:" hash: Go hashes a go.mod alone, under the name "go.mod".</summary>
    public static string GoMod(byte[] goMod) => Hash1([("go.mod", SHA256.HashData(goMod))]);

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => ((ReadOnlySpan<byte>)x).SequenceCompareTo(y);
    }
}

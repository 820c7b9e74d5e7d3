using System.IO.Compression;
using System.Text;

namespace Slipway.Core.Git;

/// <summary>
/// Reads what the tag listing needs of a repository's objects straight from its object directory:
/// an object's type, and the object a tag object points at. Loose objects and version-2 pack
/// indexes of SHA-1 repositories only. Whatever it cannot read exactly (an object it does not
/// find, a delta whose base is in another pack, an unknown format) is answered with null, and the
/// caller asks git.
/// </summary>
internal sealed class ObjectStore(string objectsDirectory) : IDisposable
{
    private List<PackFile>? _packs;

    public void Dispose()
    {
        foreach (var pack in _packs ?? [])
        {
            pack.Dispose();
        }
    }

    /// <summary>
    /// The object's type (commit, tree, blob, tag) and, for a tag object, the object it points at (its
    /// <c>object</c> line); null when the object is not found here or cannot be read exactly.
    /// </summary>
    public (string Type, string? Target)? Read(string id)
    {
        if (Loose(id, 64) is var (type, start))
        {
            return type == "tag" ? TargetOf(start) is { } target ? (type, target) : null : (type, null);
        }

        if (FindInPacks(id) is not var (pack, offset) || pack.TypeAt(offset) is not { } packed)
        {
            return null;
        }

        return packed == "tag" ? pack.WholeTagStart(offset, 64) is { } content && TargetOf(content) is { } tagged ? (packed, tagged) : null : (packed, null);
    }

    private static string? TargetOf(string content) =>
        content.StartsWith("object ", StringComparison.Ordinal) && content.Length >= 48 && content[47] == '\n' ? content[7..47] : null;

    // A loose object: "<type> <size>\0<content>", deflated. Returns the type and the first bytes of the content.
    private (string Type, string Start)? Loose(string id, int contentBytes)
    {
        var path = Path.Combine(objectsDirectory, id[..2], id[2..]);
        if (!File.Exists(path))
        {
            return null;
        }

        using var inflated = new ZLibStream(File.OpenRead(path), CompressionMode.Decompress);
        var text = Encoding.ASCII.GetString(ReadUpTo(inflated, 32 + contentBytes));
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        return space > 0 && nul > space ? (text[..space], text[(nul + 1)..]) : null;
    }

    private (PackFile Pack, long Offset)? FindInPacks(string id)
    {
        _packs ??= PackFile.All(Path.Combine(objectsDirectory, "pack"));
        Span<byte> key = stackalloc byte[20];
        Convert.FromHexString(id, key, out _, out _);
        foreach (var pack in _packs)
        {
            if (pack.OffsetOf(key) is { } offset)
            {
                return (pack, offset);
            }
        }

        return null;
    }

    internal static byte[] ReadUpTo(Stream stream, int count)
    {
        var buffer = new byte[count];
        var total = 0;
        for (int read; total < count && (read = stream.Read(buffer, total, count - total)) > 0;)
        {
            total += read;
        }

        return buffer[..total];
    }
}

using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.MemoryMappedFiles;
using System.Text;

namespace Slipway.Core.Git;

/// <summary>One pack: its index mapped into memory (searched, not read whole), and the pack file read where an entry is.</summary>
internal sealed class PackFile(MemoryMappedFile map, MemoryMappedViewAccessor index, int count, string packPath) : IDisposable
{
    private Microsoft.Win32.SafeHandles.SafeFileHandle? _pack;

    private static readonly string?[] Types = [null, "commit", "tree", "blob", "tag", null, null, null];

    public static List<PackFile> All(string directory)
    {
        var packs = new List<PackFile>();
        foreach (var path in Directory.Exists(directory) ? Directory.GetFiles(directory, "*.idx") : [])
        {
            var map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            var index = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            // Version 2: "\377tOc", 2, then 256 cumulative counts by first byte. Any other index is not read here.
            if (index.Capacity < 8 + 1024 || index.ReadUInt32(0) != 0x634f74ff || BigEndian(index, 4) != 2)
            {
                index.Dispose();
                map.Dispose();
                throw new NotSupportedException($"{path} is not a version-2 pack index");
            }

            packs.Add(new PackFile(map, index, (int)BigEndian(index, 8 + 255 * 4), Path.ChangeExtension(path, ".pack")));
        }

        return packs;
    }

    public long? OffsetOf(ReadOnlySpan<byte> id)
    {
        var low = id[0] == 0 ? 0 : (int)BigEndian(index, 8 + (id[0] - 1) * 4);
        var high = (int)BigEndian(index, 8 + id[0] * 4) - 1;
        var name = new byte[20];
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            index.ReadArray(1032 + (middle * 20L), name, 0, 20);
            var order = name.AsSpan().SequenceCompareTo(id);
            if (order == 0)
            {
                var offset = BigEndian(index, 1032 + (count * 24L) + (middle * 4L));
                // A set high bit points into the table of 8-byte offsets (packs over 2 GiB).
                return (offset & 0x80000000) == 0 ? offset
                    : (long)BinaryPrimitives.ReverseEndianness(index.ReadUInt64(1032 + (count * 28L) + ((offset & 0x7fffffff) * 8)));
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return null;
    }

    /// <summary>The type of the entry at <paramref name="offset"/>: a delta has its base's type. Null for a base outside this pack.</summary>
    public string? TypeAt(long offset)
    {
        for (var hops = 0; hops < 64 && offset >= 0; hops++)
        {
            var (type, length, header) = Header(offset);
            if (type is not (6 or 7))
            {
                return Types[type];
            }

            offset = Base(offset, type, length, header).Offset;
        }

        return null;
    }

    /// <summary>The first bytes of a tag's content, its deltas applied; null for anything but a tag, or a base outside this pack.</summary>
    public string? WholeTagStart(long offset, int bytes) =>
        TypeAt(offset) == "tag" && Content(offset, 0) is { } content ? Encoding.ASCII.GetString(content, 0, Math.Min(bytes, content.Length)) : null;

    private byte[]? Content(long offset, int depth)
    {
        var (type, length, header) = Header(offset);
        if (type is not (6 or 7))
        {
            return Inflate(offset + length);
        }

        var (baseOffset, dataStart) = Base(offset, type, length, header);
        return depth < 64 && baseOffset >= 0 && Content(baseOffset, depth + 1) is { } source ? GitDelta.Apply(source, Inflate(dataStart)) : null;
    }

    // Where a delta's base is (-1 when not in this pack) and where its own data starts: OFS_DELTA (6) gives
    // the base as a distance back in git's offset encoding, REF_DELTA (7) by its id.
    private (long Offset, long DataStart) Base(long offset, int type, int length, byte[] header)
    {
        if (type == 7)
        {
            return (OffsetOf(header.AsSpan(length, 20)) ?? -1, offset + length + 20);
        }

        var i = length;
        var distance = (long)(header[i] & 0x7f);
        while ((header[i] & 0x80) != 0)
        {
            i++;
            distance = ((distance + 1) << 7) | (long)(header[i] & 0x7f);
        }

        return (offset - distance, offset + i + 1);
    }

    private byte[] Inflate(long position)
    {
        using var file = new FileStream(packPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096);
        file.Position = position;
        using var inflated = new ZLibStream(file, CompressionMode.Decompress);
        using var content = new MemoryStream();
        inflated.CopyTo(content);
        return content.ToArray();
    }

    // An entry starts with its type (3 bits) and size in a variable-length number; returns the header's length.
    private (int Type, int Length, byte[] Bytes) Header(long offset)
    {
        var bytes = new byte[48];
        RandomAccess.Read(_pack ??= File.OpenHandle(packPath), bytes, offset);

        var length = 1;
        while ((bytes[length - 1] & 0x80) != 0 && length < 16)
        {
            length++;
        }

        return ((bytes[0] >> 4) & 7, length, bytes);
    }

    private static uint BigEndian(MemoryMappedViewAccessor view, long position) => BinaryPrimitives.ReverseEndianness(view.ReadUInt32(position));

    public void Dispose()
    {
        _pack?.Dispose();
        index.Dispose();
        map.Dispose();
    }
}

using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Slipway.Core.Api.Manifests;

/// <summary>
/// Plain text scalars kept as the UTF-8 bytes of the file they were read from. A CRD's descriptions
/// are most of its text, and nearly all of them are only compared with the same description at the
/// other revision: they are hashed and compared as bytes, and become a string only when a rule
/// or a report asks for the value (a description that changed).
/// </summary>
public sealed partial class ManifestScalar
{
    private const int StackFolding = 256;
    private const ulong Prime1 = 0x9E3779B185EBCA87;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4F;

    // A folded scalar: the bytes of its lines as written, from the first character of its value to
    // the last of its last line (the line breaks and indentation between them included).
    private readonly byte[]? _source;
    private readonly int _start;
    private readonly int _length;
    private string? _value;

    // A number's value; NaN for anything else (YAML's .nan stays a string: JSON cannot spell it). A
    // double, not a double?, which would take twice the room in each of a schema's many scalars.
    private readonly double _number;

    /// <summary>
    /// A plain scalar that is text whatever it says (too long, or spread over lines, to be a null, a
    /// boolean or a number): the value is its lines, each trimmed of spaces, joined by one space.
    /// </summary>
    /// <param name="source">The file's UTF-8 bytes, which the scalar keeps (and never changes).</param>
    /// <param name="hash">The <see cref="TextHash(ReadOnlySpan{byte})"/> of the folded value.</param>
    internal ManifestScalar(byte[] source, int start, int length, int hash, int line)
        : base(line)
    {
        Kind = ScalarKind.Text;
        _number = double.NaN;
        _source = source;
        _start = start;
        _length = length;
        Hash = hash;
    }

    /// <summary>The hash of a text scalar from its value's UTF-8 bytes, however it was written (folded, quoted, one line).</summary>
    internal static int TextHash(ReadOnlySpan<byte> utf8)
    {
        // Sixteen bytes a round in two independent lanes (xxHash64's round): descriptions are most of
        // a CRD's bytes, and HashCode.AddBytes takes them four at a time through its whole mixing.
        // HashCode then mixes in its per-process seed.
        var length = utf8.Length;
        ulong first = Prime1, second = Prime2;
        while (utf8.Length >= 16)
        {
            first = Round(first, BinaryPrimitives.ReadUInt64LittleEndian(utf8));
            second = Round(second, BinaryPrimitives.ReadUInt64LittleEndian(utf8[8..]));
            utf8 = utf8[16..];
        }

        Span<byte> tail = stackalloc byte[16];
        tail.Clear();
        utf8.CopyTo(tail);
        first = Round(first, BinaryPrimitives.ReadUInt64LittleEndian(tail));
        second = Round(second, BinaryPrimitives.ReadUInt64LittleEndian(tail[8..]));
        return HashCode.Combine(ScalarKind.Text, first, second, length);
    }

    private static ulong Round(ulong lane, ulong input) => BitOperations.RotateLeft(lane + (input * Prime2), 31) * Prime1;

    private static int TextHash(string text)
    {
        var rented = text.Length <= StackFolding / 3 ? null : ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        Span<byte> buffer = rented is null ? stackalloc byte[StackFolding] : rented;
        try
        {
            return TextHash(buffer[..Encoding.UTF8.GetBytes(text, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The value of folded lines: each line trimmed of spaces, joined by one space. Returns the length
    /// written to <paramref name="into"/>, which must hold <paramref name="lines"/>.Length bytes.
    /// </summary>
    internal static int Fold(ReadOnlySpan<byte> lines, Span<byte> into)
    {
        var written = 0;
        while (true)
        {
            var newline = lines.IndexOf((byte)'\n');
            var piece = (newline < 0 ? lines : lines[..newline]).Trim((byte)' ');
            if (written > 0)
            {
                into[written++] = (byte)' ';
            }

            piece.CopyTo(into[written..]);
            written += piece.Length;
            if (newline < 0)
            {
                return written;
            }

            lines = lines[(newline + 1)..];
        }
    }

    private ReadOnlySpan<byte> Written => _source.AsSpan(_start, _length);

    private string Unfold()
    {
        var rented = ArrayPool<byte>.Shared.Rent(_length);
        try
        {
            return Encoding.UTF8.GetString(rented, 0, Fold(Written, rented));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Whether two folded scalars have the same value, compared as bytes; null when either is held as a string.</summary>
    private bool? SameText(ManifestScalar other)
    {
        if (_source is null || other._source is null)
        {
            return null;
        }

        if (Written.SequenceEqual(other.Written))
        {
            return true;
        }

        var (mine, theirs) = (ArrayPool<byte>.Shared.Rent(_length), ArrayPool<byte>.Shared.Rent(other._length));
        try
        {
            return mine.AsSpan(0, Fold(Written, mine)).SequenceEqual(theirs.AsSpan(0, Fold(other.Written, theirs)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(mine);
            ArrayPool<byte>.Shared.Return(theirs);
        }
    }
}

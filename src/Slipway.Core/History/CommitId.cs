using System.Buffers.Binary;
using System.Globalization;

namespace Slipway.Core.History;

/// <summary>
/// A SHA-1 commit id held in 20 bytes instead of a 40-character string: on a 100,000-commit history
/// the ids and the parent links between them are most of what has to stay in memory.
/// </summary>
public readonly record struct CommitId(ulong High, ulong Middle, uint Low)
{
    public static CommitId Parse(ReadOnlySpan<char> hex)
    {
        Span<byte> bytes = stackalloc byte[20];
        if (hex.Length != 40 || Convert.FromHexString(hex, bytes, out _, out _) != System.Buffers.OperationStatus.Done)
        {
            throw new FormatException($"'{hex}' is not a 40-digit commit id");
        }

        return new CommitId(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]), BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]));
    }

    /// <summary>Parses 40 hex digits as git prints them (ASCII bytes), without decoding them to a string first.</summary>
    /// <remarks>
    /// The runtime's vectorised hex decoding: a whole history parses an id and its parents for
    /// every commit, and digit by digit this was the reader's most expensive step under a profiler.
    /// </remarks>
    public static CommitId Parse(ReadOnlySpan<byte> hex)
    {
        Span<byte> bytes = stackalloc byte[20];
        if (hex.Length != 40 || Convert.FromHexString(hex, bytes, out _, out _) != System.Buffers.OperationStatus.Done)
        {
            throw new FormatException($"'{System.Text.Encoding.UTF8.GetString(hex)}' is not a 40-digit commit id");
        }

        return new CommitId(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]), BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]));
    }

    public override string ToString() => string.Create(40, this, static (chars, id) =>
    {
        id.High.TryFormat(chars, out _, "x16", CultureInfo.InvariantCulture);
        id.Middle.TryFormat(chars[16..], out _, "x16", CultureInfo.InvariantCulture);
        id.Low.TryFormat(chars[32..], out _, "x8", CultureInfo.InvariantCulture);
    });

    public string Abbreviated => High.ToString("x16", CultureInfo.InvariantCulture)[..7];
}

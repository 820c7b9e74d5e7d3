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

    public override string ToString() =>
        High.ToString("x16", CultureInfo.InvariantCulture) + Middle.ToString("x16", CultureInfo.InvariantCulture) + Low.ToString("x8", CultureInfo.InvariantCulture);

    public string Abbreviated => High.ToString("x16", CultureInfo.InvariantCulture)[..7];
}

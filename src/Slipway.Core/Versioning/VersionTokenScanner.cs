using System.Text;

namespace Slipway.Core.Versioning;

/// <summary>
/// Finds whole-token occurrences of a version, bare or in its tag form, directly in a file's UTF-8
/// bytes: a vectorised search for the bare version, then boundary checks on the bytes around it.
/// Nothing is decoded unless something is found. A token is whole when it is not preceded by a
/// letter, digit, '.' or '+', and not followed by a letter or digit, by '.' and a digit (0.0.0.0),
/// or by '-'/'+' and a letter or digit (0.5.1-rc1 is another version), unless what follows is a
/// packaging revision: '-' and digits alone, then no letter, digit or '.' (a Debian or RPM package
/// <c>cnpg 1.28.2-1</c> is release 1.28.2, packaged once).
/// </summary>
internal sealed class VersionTokenScanner
{
    private readonly byte[] _bare;
    private readonly byte[] _tagPrefix;
    private readonly byte[] _tagSuffix;

    public VersionTokenScanner(string bare, string tag)
    {
        _bare = Encoding.UTF8.GetBytes(bare);
        var at = tag.IndexOf(bare, StringComparison.Ordinal);
        _tagPrefix = at < 0 ? [] : Encoding.UTF8.GetBytes(tag[..at]);
        _tagSuffix = at < 0 ? [] : Encoding.UTF8.GetBytes(tag[(at + bare.Length)..]);
    }

    /// <summary>Byte ranges of every whole token, in order; a tag-form match is reported once, as the tag.</summary>
    public List<(int Start, int Length)> Find(ReadOnlySpan<byte> bytes)
    {
        var found = new List<(int, int)>();
        var from = 0;
        while (from < bytes.Length)
        {
            var relative = bytes[from..].IndexOf(_bare);
            if (relative < 0)
            {
                break;
            }

            var at = from + relative;
            var end = at + _bare.Length;
            if ((_tagPrefix.Length > 0 || _tagSuffix.Length > 0) && IsTagAt(bytes, at, end) is { } tag && IsWhole(bytes, tag.Start, tag.End))
            {
                found.Add((tag.Start, tag.End - tag.Start));
            }
            else if (IsWhole(bytes, at, end))
            {
                found.Add((at, _bare.Length));
            }

            from = at + 1;
        }

        return found;
    }

    private (int Start, int End)? IsTagAt(ReadOnlySpan<byte> bytes, int at, int end)
    {
        var start = at - _tagPrefix.Length;
        var tagEnd = end + _tagSuffix.Length;
        return start >= 0 && tagEnd <= bytes.Length && bytes[start..at].SequenceEqual(_tagPrefix) && bytes[end..tagEnd].SequenceEqual(_tagSuffix)
            ? (start, tagEnd)
            : null;
    }

    private static bool IsWhole(ReadOnlySpan<byte> bytes, int start, int end)
    {
        if (start > 0 && (IsAlphanumeric(bytes[start - 1]) || bytes[start - 1] is (byte)'.' or (byte)'+'))
        {
            return false;
        }

        if (end >= bytes.Length)
        {
            return true;
        }

        var next = bytes[end];
        var afterNext = end + 1 < bytes.Length ? bytes[end + 1] : (byte)0;
        return !IsAlphanumeric(next)
            && !(next == '.' && char.IsAsciiDigit((char)afterNext))
            && (!(next is (byte)'-' or (byte)'+' && IsAlphanumeric(afterNext)) || PackagingRevisionLength(bytes, end) > 0);
    }

    /// <summary>
    /// The length of a packaging revision at <paramref name="at"/> (<c>-1</c> in <c>1.28.2-1</c>): '-',
    /// digits, then nothing that would continue a version; 0 when there is none.
    /// </summary>
    private static int PackagingRevisionLength(ReadOnlySpan<byte> bytes, int at)
    {
        if (at >= bytes.Length || bytes[at] != '-')
        {
            return 0;
        }

        var end = at + 1;
        while (end < bytes.Length && char.IsAsciiDigit((char)bytes[end]))
        {
            end++;
        }

        var continues = end < bytes.Length && (IsAlphanumeric(bytes[end]) || bytes[end] == '.');
        return end > at + 1 && !continues ? end - at : 0;
    }

    private static bool IsAlphanumeric(byte b) => char.IsAsciiLetterOrDigit((char)b);
}

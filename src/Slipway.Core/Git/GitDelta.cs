namespace Slipway.Core.Git;

/// <summary>git's delta format: the base's and the result's sizes, then copies from the base and inserted bytes.</summary>
internal static class GitDelta
{
    public static byte[] Apply(byte[] source, byte[] delta)
    {
        var at = 0;
        if (Size(delta, ref at) != source.Length)
        {
            throw new InvalidDataException("a delta does not fit its base");
        }

        var result = new byte[Size(delta, ref at)];
        var written = 0;
        while (at < delta.Length)
        {
            var op = delta[at++];
            if ((op & 0x80) != 0)
            {
                long offset = 0, size = 0;
                for (var bit = 0; bit < 4; bit++)
                {
                    offset |= (op & (1 << bit)) != 0 ? (long)delta[at++] << (8 * bit) : 0;
                }

                for (var bit = 0; bit < 3; bit++)
                {
                    size |= (op & (0x10 << bit)) != 0 ? (long)delta[at++] << (8 * bit) : 0;
                }

                size = size == 0 ? 0x10000 : size;
                source.AsSpan((int)offset, (int)size).CopyTo(result.AsSpan(written));
                written += (int)size;
            }
            else if (op != 0)
            {
                delta.AsSpan(at, op).CopyTo(result.AsSpan(written));
                (at, written) = (at + op, written + op);
            }
            else
            {
                throw new InvalidDataException("a delta holds the reserved instruction 0");
            }
        }

        return written == result.Length ? result : throw new InvalidDataException("a delta does not make the size it names");
    }

    private static long Size(byte[] delta, ref int at)
    {
        long size = 0;
        var shift = 0;
        byte b;
        do
        {
            b = delta[at++];
            size |= (long)(b & 0x7f) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return size;
    }
}

using System.Globalization;
using System.Text;

namespace Slipway.Core.Git;

/// <summary>
/// The two sides of <c>git cat-file --batch</c>: object ids in, one per line, and for each a header
/// (<c>&lt;id&gt; &lt;type&gt; &lt;size&gt;</c>, or <c>&lt;id&gt; missing</c>) followed by exactly size bytes and a newline.
/// </summary>
internal static class BlobBatch
{
    public static void WriteRequests(Stream input, IEnumerable<string> objectIds)
    {
        using var writer = new StreamWriter(input, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        foreach (var id in objectIds)
        {
            writer.Write(id);
            writer.Write('\n');
        }
    }

    public static Dictionary<string, byte[]> ReadAnswers(Stream output, int expected)
    {
        var blobs = new Dictionary<string, byte[]>(expected, StringComparer.Ordinal);
        // Not disposed: that would close git's output, which the runner still drains.
        var buffered = new BufferedStream(output, 1 << 16);
        for (var i = 0; i < expected; i++)
        {
            var header = ReadLine(buffered) ?? throw new InvalidDataException($"git cat-file --batch ended after {i} of {expected} objects");
            var fields = header.Split(' ');
            if (fields.Length != 3)
            {
                throw new InvalidDataException($"git cat-file --batch: unexpected answer '{header}'");
            }

            var size = int.Parse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture);
            var content = new byte[size];
            buffered.ReadExactly(content);
            if (buffered.ReadByte() != '\n')
            {
                throw new InvalidDataException($"git cat-file --batch: object {fields[0]} is not followed by a newline");
            }

            blobs[fields[0]] = content;
        }

        return blobs;
    }

    private static string? ReadLine(Stream stream)
    {
        var line = new StringBuilder(64);
        for (var b = stream.ReadByte(); b >= 0; b = stream.ReadByte())
        {
            if (b == '\n')
            {
                return line.ToString();
            }

            line.Append((char)b);
        }

        return line.Length == 0 ? null : line.ToString();
    }
}

using System.Text;

namespace Slipway.Core.Audit;

/// <summary>Line and column (in characters) of byte offsets in a UTF-8 file, computed only for the offsets asked about.</summary>
internal sealed class ByteLines(byte[] bytes)
{
    public (int Line, int Column, string Text) Locate(int offset)
    {
        var before = bytes.AsSpan(0, offset);
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var lineEnd = bytes.AsSpan(offset).IndexOfAny((byte)'\n', (byte)'\r');
        lineEnd = lineEnd < 0 ? bytes.Length : offset + lineEnd;
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart) + 1;
        return (line, column, Encoding.UTF8.GetString(bytes, lineStart, lineEnd - lineStart));
    }
}

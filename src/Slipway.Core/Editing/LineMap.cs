namespace Slipway.Core.Editing;

/// <summary>
/// Converts between character offsets and 1-based line and column numbers. "\r\n", "\r" and "\n"
/// each end a line, as YAML and XML readers count them.
/// </summary>
public sealed class LineMap
{
    private readonly List<int> _lineStarts = [0];

    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }

        Length = text.Length;
    }

    public int Length { get; }

    public int LineCount => _lineStarts.Count;

    public (int Line, int Column) ToLineColumn(int offset)
    {
        var index = _lineStarts.BinarySearch(Math.Clamp(offset, 0, Length));
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    public int ToOffset(int line, int column) => Math.Min(_lineStarts[Math.Clamp(line - 1, 0, _lineStarts.Count - 1)] + column - 1, Length);

    /// <summary>The text of the line holding <paramref name="offset"/>, without its line break.</summary>
    public static string LineAt(string text, int offset)
    {
        var start = offset == 0 ? 0 : text.LastIndexOfAny(['\n', '\r'], Math.Min(offset, text.Length) - 1) + 1;
        var end = text.IndexOfAny(['\n', '\r'], start);
        return text[start..(end < 0 ? text.Length : end)];
    }
}

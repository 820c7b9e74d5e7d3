namespace Slipway.Core.Api.Upgrades;

/// <summary>
/// One line of a markdown table: where it is in the text (<see cref="Start"/> at the line's first
/// character, <see cref="End"/> before its line ending, <see cref="Next"/> at the next line), and its
/// cells exactly as written between the pipes, spaces included.
/// </summary>
public sealed record TableLine(int Start, int End, int Next, string Indent, bool TrailingPipe, IReadOnlyList<string> Cells)
{
    public bool HasLineEnding => Next > End;

    /// <summary>Reads a line of a table; null when it is not one (it does not start with '|').</summary>
    public static TableLine? Parse(string text, int start, int end, int next)
    {
        var line = text.AsSpan(start, end - start);
        var content = line.TrimStart(" \t");
        if (content.IsEmpty || content[0] != '|')
        {
            return null;
        }

        var indent = line[..(line.Length - content.Length)].ToString();
        var trimmed = content.TrimEnd(" \t");
        var trailing = trimmed.Length > 1 && trimmed[^1] == '|' && trimmed[^2] != '\\';
        var cells = Split(trailing ? trimmed[1..^1] : content[1..]);
        return new TableLine(start, end, next, indent, trailing, cells);
    }

    /// <summary>The cells, split at every pipe that is not escaped (as GitHub splits them, code spans included).</summary>
    private static List<string> Split(ReadOnlySpan<char> row)
    {
        var cells = new List<string>();
        var from = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
            }
            else if (row[i] == '|')
            {
                cells.Add(row[from..i].ToString());
                from = i + 1;
            }
        }

        cells.Add(row[from..].ToString());
        return cells;
    }
}

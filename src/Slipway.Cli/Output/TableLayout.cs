using Spectre.Console;
using Spectre.Console.Rendering;

namespace Slipway.Cli.Output;

/// <summary>The two shapes a <see cref="FittedTable"/> takes: columns side by side, or one block of lines per row.</summary>
internal static class TableLayout
{
    private static readonly Style HeaderStyle = new(decoration: Decoration.Bold);

    public static IEnumerable<Segment> Columns(string[] headers, List<StyledText[]> rows, int[] widths, int gap)
    {
        var segments = new List<Segment>();
        AddLine(segments, headers.Select(h => new List<Segment> { new(h, HeaderStyle) }).ToList(), widths, gap);
        AddLine(segments, widths.Select(w => new List<Segment> { new(new string('─', w)) }).ToList(), widths, gap);
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => cell.Wrap(widths[c])).ToList();
            var height = cells.Max(lines => lines.Count);
            for (var l = 0; l < height; l++)
            {
                AddLine(segments, cells.Select(lines => l < lines.Count ? lines[l] : []).ToList(), widths, gap);
            }
        }

        return segments;
    }

    /// <summary>Each row as "Header: value" lines, the values aligned, rows apart by a blank line.</summary>
    public static IEnumerable<Segment> Blocks(string[] headers, List<StyledText[]> rows, int maxWidth)
    {
        var segments = new List<Segment>();
        var labelWidth = headers.Max(h => h.Length) + 2;
        var valueWidth = Math.Max(1, maxWidth - labelWidth);
        for (var r = 0; r < rows.Count; r++)
        {
            if (r > 0)
            {
                segments.Add(Segment.LineBreak);
            }

            for (var c = 0; c < headers.Length; c++)
            {
                var lines = rows[r][c].Wrap(valueWidth);
                for (var l = 0; l < lines.Count; l++)
                {
                    var label = l == 0 ? headers[c] + ":" : string.Empty;
                    var cellsOfLine = new List<List<Segment>> { new() { new(label, HeaderStyle) }, lines[l] };
                    AddLine(segments, cellsOfLine, [labelWidth, valueWidth], 0);
                }
            }
        }

        return segments;
    }

    // Pads every cell but the last to its column, and ends the line where its text ends: no trailing spaces.
    private static void AddLine(List<Segment> segments, List<List<Segment>> cells, int[] widths, int gap)
    {
        var last = cells.FindLastIndex(cell => cell.Count > 0);
        var pending = 0;
        for (var c = 0; c <= last; c++)
        {
            if (pending > 0)
            {
                segments.Add(new Segment(new string(' ', pending)));
            }

            segments.AddRange(cells[c]);
            pending = widths[c] - cells[c].Sum(s => s.CellCount()) + gap;
        }

        segments.Add(Segment.LineBreak);
    }
}

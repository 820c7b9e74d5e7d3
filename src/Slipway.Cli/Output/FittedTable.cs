using Spectre.Console;
using Spectre.Console.Rendering;

namespace Slipway.Cli.Output;

/// <summary>
/// A table that fits the terminal it is written to. Cells wrap only between words, so a path such as
/// charts/widget/Chart.yaml:5:10 is never cut in two (people copy them); when even that cannot fit,
/// each row becomes a block of "Header: value" lines. No line ends in spaces, and every column has a header.
/// </summary>
internal sealed class FittedTable(params string[] headers) : IRenderable
{
    private const int Gap = 2;
    private readonly List<string[]> _cells = [];

    /// <summary>Adds a row of cells written in Spectre markup (colour is dropped when the console has none).</summary>
    public FittedTable AddRow(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"a row of {cells.Length} cells in a table of {headers.Length} columns", nameof(cells));
        }

        _cells.Add(cells);
        return this;
    }

    public Measurement Measure(RenderOptions options, int maxWidth)
    {
        var rows = Rows(options);
        return new(Math.Min(maxWidth, Width(Minimum(rows))), Math.Min(maxWidth, Width(Natural(rows))));
    }

    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        var rows = Rows(options);
        var widths = ColumnWidths(rows, maxWidth);
        return widths is null ? TableLayout.Blocks(headers, rows, maxWidth) : TableLayout.Columns(headers, rows, widths, Gap);
    }

    private List<StyledText[]> Rows(RenderOptions options) => _cells.Select(r => r.Select(c => StyledText.FromMarkup(c, options)).ToArray()).ToList();

    private int Width(int[] columns) => columns.Sum() + (Gap * (headers.Length - 1));

    private int[] Natural(List<StyledText[]> rows) => Enumerable.Range(0, headers.Length)
        .Select(c => rows.Select(r => r[c].Width).Append(headers[c].Length).Max())
        .ToArray();

    // The widest word of a column: narrower, and a word would have to be cut.
    private int[] Minimum(List<StyledText[]> rows) => Enumerable.Range(0, headers.Length)
        .Select(c => rows.Select(r => r[c].LongestWord).Append(headers[c].Length).Max())
        .ToArray();

    /// <summary>Each column's width within <paramref name="maxWidth"/>, or null when the words do not fit side by side.</summary>
    private int[]? ColumnWidths(List<StyledText[]> rows, int maxWidth)
    {
        var natural = Natural(rows);
        if (Width(natural) <= maxWidth)
        {
            return natural;
        }

        var minimum = Minimum(rows);
        var spare = maxWidth - Width(minimum);
        if (spare < 0)
        {
            return null;
        }

        // Share the room left after every column's widest word among the columns that want more,
        // in proportion to how much more each one wants.
        var wanted = natural.Zip(minimum, (n, m) => n - m).ToArray();
        var totalWanted = wanted.Sum();
        var widths = minimum.Select((m, c) => m + (int)((long)spare * wanted[c] / totalWanted)).ToArray();
        var left = maxWidth - Width(widths);
        for (var c = 0; left > 0 && c < widths.Length; c++)
        {
            var extra = Math.Min(left, natural[c] - widths[c]);
            widths[c] += extra;
            left -= extra;
        }

        return widths;
    }
}

using System.Text;
using Slipway.Core.Versioning;

namespace Slipway.Core.Api.Upgrades;

/// <summary>A row to write: the version, the tag the Version cell shows, whether the CRDs changed, and what changed.</summary>
public sealed record UpgradeRowValues(SemVersion Version, string Tag, bool CrdsChanged, string Description)
{
    public IReadOnlyList<string> Cells => [Tag, CrdsChanged ? "Yes" : "No", Description.Replace("|", "\\|", StringComparison.Ordinal)];
}

/// <summary>
/// Adds a release's row to the upgrade table, written the way the table writes its rows: the same
/// indentation, pipes and line ending, each cell padded to its column's width where the table pads
/// that column (and aligned as its alignment row says), in the table's order (newest first, unless it
/// runs oldest first). A cell too long for its column is written whole: widening the column would
/// rewrite every other row. A row the table already has for the version is left as it is (someone
/// wrote it, or an earlier run did). Every other byte of the document stays as it was.
/// </summary>
public static class UpgradeTableWriter
{
    public static string AddRow(UpgradeTable table, UpgradeRowValues values)
    {
        var text = table.Text;
        var line = Format(table, values.Cells);
        if (table.RowFor(values.Version) is not null)
        {
            return text;
        }

        var before = Position(table, values.Version);
        if (before is not null)
        {
            return text.Insert(before.Start, line + table.Newline);
        }

        var last = table.Rows.Count > 0 ? table.Rows[^1].Line : table.Alignment;
        return last.HasLineEnding ? text.Insert(last.Next, line + table.Newline) : text.Insert(last.End, table.Newline + line);
    }

    /// <summary>The row the new one goes before; null for after the last.</summary>
    private static TableLine? Position(UpgradeTable table, SemVersion version)
    {
        var versions = table.Rows.Select(r => r.Version).OfType<SemVersion>().ToList();
        var ascending = versions.Count >= 2 && versions.Zip(versions.Skip(1)).All(p => p.First <= p.Second) && versions[0] < versions[^1];
        return table.Rows.FirstOrDefault(r => r.Version is { } v && (ascending ? v > version : v < version))?.Line;
    }

    private static string Format(UpgradeTable table, IReadOnlyList<string> cells)
    {
        var header = table.Header;
        var line = new StringBuilder(header.Indent).Append('|');
        for (var i = 0; i < cells.Count; i++)
        {
            line.Append(Cell(cells[i], Width(table, i), Alignment(table.Alignment.Cells[i])));
            if (i < cells.Count - 1 || header.TrailingPipe)
            {
                line.Append('|');
            }
        }

        return line.ToString();
    }

    private static string Cell(string content, int? width, char alignment)
    {
        var room = width is { } w ? w - content.Length : 0;
        if (room < 2)
        {
            return $" {content} ";
        }

        var left = alignment switch { 'r' => room - 1, 'c' => room / 2, _ => 1 };
        return new string(' ', left) + content + new string(' ', room - left);
    }

    /// <summary>The width every row gives the column, counting its spaces; null when the rows differ (the column is not padded).</summary>
    private static int? Width(UpgradeTable table, int column)
    {
        var widths = table.Rows.Select(r => column < r.Line.Cells.Count ? r.Line.Cells[column].Length : -1).Prepend(table.Header.Cells[column].Length).Distinct().ToList();
        if (table.Rows.Count == 0)
        {
            widths.Add(table.Alignment.Cells[column].Length);
            widths = widths.Distinct().ToList();
        }

        return widths.Count == 1 ? widths[0] : null;
    }

    /// <summary>l, r or c, from a cell of the alignment row (---, ---:, :---:).</summary>
    private static char Alignment(string cell)
    {
        var dashes = cell.Trim();
        return dashes.EndsWith(':') ? dashes.StartsWith(':') ? 'c' : 'r' : 'l';
    }
}

using System.Text.RegularExpressions;
using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Api.Upgrades;

/// <summary>A row of the upgrade table: the version it names (null when it names none), whether it says the CRDs changed (null when it says neither Yes nor No).</summary>
public sealed record UpgradeRow(TableLine Line, string VersionText, SemVersion? Version, bool? CrdsChanged, string Description);

/// <summary>
/// KubeOpenCode's "Version History with CRD Changes" table in a markdown document: the table whose
/// header is <c>| Version | CRD Changes | Description |</c> (the first one after a heading of that name,
/// else the first anywhere), its alignment row and its rows, exactly where they are in the text.
/// </summary>
public sealed partial class UpgradeTable
{
    public static readonly IReadOnlyList<string> Columns = ["Version", "CRD Changes", "Description"];

    private UpgradeTable(string text, TableLine header, TableLine alignment, IReadOnlyList<UpgradeRow> rows, string newline)
    {
        Text = text;
        Header = header;
        Alignment = alignment;
        Rows = rows;
        Newline = newline;
    }

    public string Text { get; }

    public TableLine Header { get; }

    public TableLine Alignment { get; }

    public IReadOnlyList<UpgradeRow> Rows { get; }

    /// <summary>The line ending the table is written with.</summary>
    public string Newline { get; }

    public UpgradeRow? RowFor(SemVersion version) => Rows.FirstOrDefault(r => r.Version == version);

    /// <summary>The table in <paramref name="text"/>, or null when it has none.</summary>
    public static UpgradeTable? Find(string text, TagTemplate tags)
    {
        var lines = Lines(text).ToList();
        var heading = lines.FindIndex(l => Heading().IsMatch(text.AsSpan(l.Start, l.End - l.Start)));
        var header = FindHeader(text, lines, heading < 0 ? 0 : heading);
        if (header < 0 && heading >= 0)
        {
            header = FindHeader(text, lines, 0);
        }

        if (header < 0)
        {
            return null;
        }

        var headerLine = Line(text, lines[header])!;
        var alignment = Line(text, lines[header + 1])!;
        var rows = new List<UpgradeRow>();
        for (var i = header + 2; i < lines.Count && Line(text, lines[i]) is { } row; i++)
        {
            rows.Add(Row(row, tags));
        }

        var newline = text.AsSpan(headerLine.End, headerLine.Next - headerLine.End) is "\r\n" ? "\r\n" : "\n";
        return new UpgradeTable(text, headerLine, alignment, rows, newline);
    }

    /// <summary>A version as a cell writes it: <c>v0.4.1</c>, <c>`v0.4.1`</c> or <c>[v0.4.1](…)</c>, by the tag template or as plain SemVer.</summary>
    public static SemVersion? VersionIn(string cell, TagTemplate tags)
    {
        var text = cell.Trim();
        if (LinkText().Match(text) is { Success: true } link)
        {
            text = link.Groups["text"].Value.Trim();
        }

        text = text.Trim('`');
        return tags.VersionOf(text) ?? (SemVersion.TryParse(text.StartsWith('v') ? text[1..] : text, out var version) ? version : null);
    }

    private static UpgradeRow Row(TableLine line, TagTemplate tags)
    {
        string Cell(int i) => i < line.Cells.Count ? line.Cells[i].Trim() : string.Empty;
        var changes = Cell(1);
        bool? changed = changes.StartsWith("yes", StringComparison.OrdinalIgnoreCase) ? true
            : changes.StartsWith("no", StringComparison.OrdinalIgnoreCase) ? false : null;
        return new UpgradeRow(line, Cell(0), VersionIn(Cell(0), tags), changed, Cell(2));
    }

    private static int FindHeader(string text, List<(int Start, int End, int Next)> lines, int from)
    {
        for (var i = from; i + 1 < lines.Count; i++)
        {
            if (Line(text, lines[i]) is { } header && IsHeader(header) && Line(text, lines[i + 1]) is { } next && IsAlignment(next))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsHeader(TableLine line) =>
        line.Cells.Count == Columns.Count && line.Cells.Select(c => c.Trim()).SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase);

    private static bool IsAlignment(TableLine line) => line.Cells.Count == Columns.Count && line.Cells.All(c => AlignmentCell().IsMatch(c));

    private static TableLine? Line(string text, (int Start, int End, int Next) line) => TableLine.Parse(text, line.Start, line.End, line.Next);

    private static IEnumerable<(int Start, int End, int Next)> Lines(string text)
    {
        for (var start = 0; start < text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var next = newline < 0 ? text.Length : newline + 1;
            var end = newline < 0 ? text.Length : newline > start && text[newline - 1] == '\r' ? newline - 1 : newline;
            yield return (start, end, next);
            start = next;
        }
    }

    [GeneratedRegex(@"^\s*#+\s*Version History with CRD Changes\s*#*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*:?-+:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AlignmentCell();

    [GeneratedRegex(@"^\[(?<text>[^\]]+)\]\([^)]*\)$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkText();
}

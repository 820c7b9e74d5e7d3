using Slipway.Core.References;
using Spectre.Console;

namespace Slipway.Cli.Output;

/// <summary>The table of references that show and verify print for people.</summary>
internal static class ReferenceTable
{
    public static Table Build(IEnumerable<ReferenceRow> rows, bool withExpected)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Reference");
        table.AddColumn("Locator");
        table.AddColumn("Value");
        table.AddColumn(withExpected ? "Expected" : "Implies");
        table.AddColumn("");
        foreach (var row in rows)
        {
            table.AddRow(
                Shown.Markup(row.Place),
                Shown.Markup(row.Locator),
                Shown.Markup(row.Value ?? "-"),
                Shown.Markup((withExpected ? row.Expected : row.Implies) ?? "-"),
                Status(row));
        }

        return table;
    }

    public static string Status(ReferenceRow row) => row.Status switch
    {
        RowStatus.Ok => "[green]ok[/]",
        RowStatus.Differs => "[red]differs[/]" + Note(row),
        RowStatus.Absent => "[grey]absent[/]" + Note(row),
        RowStatus.NotApplicable => "[grey]not checked[/]" + Note(row),
        RowStatus.Follows => "[grey]follows[/]" + Note(row),
        _ => "[red]problem[/]" + Note(row),
    };

    private static string Note(ReferenceRow row) => row.Note is { } note ? $" [grey]({Shown.Markup(note)})[/]" : string.Empty;
}

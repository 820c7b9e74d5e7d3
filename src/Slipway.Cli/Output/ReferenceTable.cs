using Slipway.Core.References;

namespace Slipway.Cli.Output;

/// <summary>The table of references that show and verify print for people.</summary>
internal static class ReferenceTable
{
    public static FittedTable Build(IEnumerable<ReferenceRow> rows, bool withExpected)
    {
        var table = new FittedTable("Reference", "Locator", "Value", withExpected ? "Expected" : "Implies", "Status");
        foreach (var row in rows)
        {
            table.AddRow(
                Shown.Markup(row.Place),
                Shown.Markup(row.Locator),
                Shown.Markup(row.Value ?? "-"),
                Shown.Markup((withExpected ? row.Expected : row.Implies) ?? "-"),
                Status(row, withExpected));
        }

        return table;
    }

    public static string Status(ReferenceRow row, bool withExpected) => row.Status switch
    {
        RowStatus.Ok => "[green]ok[/]",
        RowStatus.Differs => "[red]differs[/]" + Note(row, withExpected),
        RowStatus.Absent => "[grey]absent[/]" + Note(row, withExpected),
        RowStatus.NotApplicable => "[grey]not checked[/]" + Note(row, withExpected),
        RowStatus.Follows => "[grey]follows[/]" + Note(row, withExpected),
        _ => "[red]problem[/]" + Note(row, withExpected),
    };

    // Beside an Expected column, "expected 9.9.9" only repeats the cell next to it: the row's Value
    // column already shows what was found instead.
    private static string Note(ReferenceRow row, bool withExpected) => row.Note switch
    {
        null => string.Empty,
        var note when withExpected && row.Expected is { } expected && note == $"expected {expected}" => string.Empty,
        var note => $" [grey]({Shown.Markup(note)})[/]",
    };
}

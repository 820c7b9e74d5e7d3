using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Api;
using Slipway.Core.Configuration;
using Spectre.Console;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// The table of findings builds its cells as text instead of escaped markup (parsing hundreds of
/// markup strings back was a fifth of the table's cost): it must show exactly what the markup
/// showed, in colour and without, for text that looks like markup, emoji codes and control characters.
/// </summary>
public sealed class ApiTableTests
{
    private static readonly string[] Hostile =
    [
        "[red]not a style[/]", "[[doubled]] and ]]", ":rocket: lift-off :not_an_emoji:", "tab\there, escape \u001b[2J, bell\u0007",
        "right-to-left \u202Eexe.txt", "[leading bracket] .spec.ports[*].name[*] and [ alone", "]] [[ ]]", "a long message that wraps " + string.Concat(Enumerable.Repeat("word ", 60)), string.Empty,
    ];

    [Theory]
    [InlineData(false, 40)]
    [InlineData(false, 80)]
    [InlineData(true, 80)]
    [InlineData(false, ConsoleFactory.UnboundedWidth)]
    public void Shows_what_the_markup_cells_showed(bool color, int width)
    {
        var findings = Hostile.Select((text, i) => new Finding(text, (FindingClass)(i % 4), FindingGroup.Crd, "crd" + text, i % 2 == 0 ? null : text, "." + text, text)
        {
            Severity = (FindingSeverity)(i % 3), Allowed = i == 3 ? "api.allow[0]: reason" : null,
        }).ToList();

        Render(ApiTable.Build(findings), color, width).ShouldBe(Render(MarkupTable(findings), color, width));
    }

    /// <summary>The table as it was built before: every cell an escaped markup string.</summary>
    private static Table MarkupTable(IEnumerable<Finding> findings)
    {
        var built = ApiTable.Build(findings);
        var table = new Table().Border(TableBorder.Simple).AddColumns("Class", "Rule", "CRD", "Path", "Change");
        var ordered = findings
            .OrderBy(f => ApiText.Rank(f.Class))
            .ThenBy(f => f.Crd, StringComparer.Ordinal)
            .ThenBy(f => f.Version, StringComparer.Ordinal)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Rule, StringComparer.Ordinal);
        foreach (var (finding, row) in ordered.Zip(built.Rows))
        {
            table.AddRow(row[0], new Markup(Shown.Markup(finding.Rule)), new Markup(Shown.Markup(finding.Where)), new Markup(Shown.Markup(finding.Path)), new Markup(Shown.Markup(finding.Message)));
        }

        return table;
    }

    private static string Render(Table table, bool color, int width)
    {
        var output = new StringWriter();
        ConsoleFactory.Create(output, isTerminal: color, color, width).Write(table);
        return output.ToString();
    }
}

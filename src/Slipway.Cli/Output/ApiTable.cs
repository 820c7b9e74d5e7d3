using Slipway.Core.Api;
using Slipway.Core.Configuration;
using Spectre.Console;

namespace Slipway.Cli.Output;

/// <summary>The findings 'slipway api' prints for people: breaking first, then by CRD, version and path.</summary>
internal static class ApiTable
{
    public static Table Build(IEnumerable<Finding> findings)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Class", "Rule", "CRD", "Path", "Change");
        var ordered = findings
            .OrderBy(f => ApiText.Rank(f.Class))
            .ThenBy(f => f.Crd, StringComparer.Ordinal)
            .ThenBy(f => f.Version, StringComparer.Ordinal)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Rule, StringComparer.Ordinal);
        foreach (var finding in ordered)
        {
            table.AddRow(Class(finding), Shown.Markup(finding.Rule), Shown.Markup(finding.Where), Shown.Markup(finding.Path), Shown.Markup(finding.Message));
        }

        return table;
    }

    /// <summary>The class, coloured by what the gate makes of it: red fails, yellow is accepted or only a warning.</summary>
    private static string Class(Finding finding)
    {
        var name = ApiText.Class(finding.Class);
        if (finding.Allowed is not null)
        {
            return $"[yellow]{name}[/] [grey](accepted)[/]";
        }

        return finding.Severity switch
        {
            FindingSeverity.Error => $"[red]{name}[/]",
            FindingSeverity.Warning => $"[yellow]{name}[/] [grey](warn)[/]",
            _ => finding.Class == FindingClass.Compatible ? $"[green]{name}[/]" : $"[grey]{name}[/]",
        };
    }
}

using Slipway.Core.Api.Upgrades;
using Spectre.Console;

namespace Slipway.Cli.Output;

/// <summary>What 'slipway api --check-history' prints for people: each release, newest first, against its row.</summary>
internal static class HistoryTable
{
    public static Table Build(HistoryReport report)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Release", "Since", "CRDs", "Row", "Status", "What changed");
        foreach (var release in report.Releases.Reverse())
        {
            table.AddRow(
                Shown.Markup(release.Tag),
                Shown.Markup(release.PreviousTag ?? "-"),
                release.CrdsChanged ? "changed" : "same",
                release.Row?.CrdsChanged switch { true => "Yes", false => "No", null => release.Row is null ? "-" : "?" },
                Status(release.Status),
                Shown.Markup(release.CrdsChanged ? release.Summary : string.Empty));
        }

        return table;
    }

    private static string Status(string status) => status switch
    {
        "ok" => "[green]ok[/]",
        "unlisted" => "[grey]unlisted[/]",
        _ => $"[red]{status}[/]",
    };
}

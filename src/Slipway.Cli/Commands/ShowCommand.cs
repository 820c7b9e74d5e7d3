using System.CommandLine;
using System.Text.Json;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Diagnostics;
using Slipway.Core.References;
using Spectre.Console;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway show</c>: every reference, what it holds, the version it implies, and whether all agree.</summary>
internal sealed class ShowCommand(CommandContext context) : ICliCommand
{
    public Command Build()
    {
        var command = new Command("show", "List every version reference: file:line, locator, value, the version it implies, and whether all agree");
        command.SetAction(parse => Run(context.Open(parse)));
        return command;
    }

    private static int Run(Invocation run)
    {
        var config = run.Config;
        var scan = ReferenceReader.Read(config);
        var consensus = scan.Consensus;
        var report = ReferenceReport.Build(scan, consensus.Version);
        var consistent = consensus.Agrees && !scan.Problems.Any();
        var tagName = consensus.Version is { } v ? config.Tag.TagFor(v) : null;

        if (run.Json)
        {
            var json = new ShowJson(config.Name, config.Tag.Source, consensus.Version?.ToString(), tagName, consistent,
                report.Rows.Select(ReferenceRowJson.From).ToList());
            run.Out.WriteLine(JsonSerializer.Serialize(json, SlipwayJson.Output.ShowJson));
        }
        else
        {
            run.Console.MarkupLine($"[bold]{Shown.Markup(config.Name)}[/] ({Shown.Markup(run.Display(config.FilePath))}, tag {Shown.Markup(config.Tag.Source)})");
            run.Console.Write(ReferenceTable.Build(report.Rows, withExpected: false));
            run.Console.MarkupLine(Summary(report, consensus, tagName, scan));
        }

        return scan.Problems.Any() ? (int)ExitCode.CheckFailed : (int)ExitCode.Success;
    }

    private static string Summary(ReferenceReport report, Consensus consensus, string? tagName, ReferenceScan scan)
    {
        var problems = scan.Problems.Count();
        var problemText = problems == 0 ? string.Empty : $" [red]{problems} reference(s) cannot be read.[/]";
        if (consensus.Version is null)
        {
            return "[red]No reference holds a version.[/]" + problemText;
        }

        // References that follow another repository carry its version: they agree among themselves, not with this one.
        var followed = scan.Readings.Select(r => r.Reference.Follows).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var followers = scan.Readings.Where(r => r.Reference.Follows is not null).Select(r => r.Reference.Label).ToHashSet(StringComparer.Ordinal);
        problemText += string.Concat(followed.Where(u => scan.Following(u).Disagreeing.Count > 0).Select(u => $" [red]The references that follow {Shown.Markup(u)} disagree.[/]"));
        var checkedRows = report.Rows.Count(r => r.Status is RowStatus.Ok or RowStatus.Differs && !followers.Contains(r.Label));
        if (consensus.Agrees)
        {
            return $"[green]All {checkedRows} checked values agree on {consensus.Version}[/] (tag {Shown.Markup(tagName!)})." + problemText;
        }

        var differing = report.Rows.Where(r => r.Status == RowStatus.Differs && !followers.Contains(r.Label)).Select(r => Shown.Markup($"{r.Place} holds {r.Value}"));
        return $"[red]References disagree:[/] most hold {consensus.Version}, but {string.Join("; ", differing)}." + problemText;
    }
}

using System.CommandLine;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Release.Journal;
using Spectre.Console;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway status</c>: the checklist of the release in progress.</summary>
internal sealed class StatusCommand(CommandContext context) : ICliCommand
{
    private readonly Option<string?> _version = ReleaseOptions.Version("The release to show (default: the one in progress, else the last one)").JournalVersions(context, finished: true);
    private readonly Option<bool> _yes = ReleaseOptions.Yes();
    private readonly Option<string?> _workspace = ReleaseOptions.Workspace();

    public Command Build()
    {
        var command = new Command("status", "Show the release's checklist: done, running, failed (with its log), waiting (for what), pending; after a release, the last one");
        command.Options.Add(_version);
        command.Options.Add(_yes);
        command.Options.Add(_workspace);
        command.SetAction(parse =>
        {
            var run = context.Open(parse);
            return WorkspaceSession.Find(run, parse.GetValue(_workspace)) is { } workspace ? workspace.Status() : Run(run, parse.GetValue(_version));
        });
        return command;
    }

    private static int Run(Invocation run, string? version)
    {
        var status = run.ReleaseService().Status(ReleaseOptions.Parse(version));
        var journal = status.Journal;
        if (run.Json)
        {
            run.Out.WriteLine(SlipwayJson.Compact(System.Text.Json.Nodes.JsonNode.Parse(JournalStore.Serialize(journal))!));
            return 0;
        }

        var kind = journal.PatchOf is { } p ? $"patch of {p}" : journal.Kind.ToString().ToLowerInvariant();
        var state = status.InProgress ? $"started {journal.Created:yyyy-MM-dd HH:mm} UTC" : $"released {journal.Updated:yyyy-MM-dd HH:mm} UTC; no release is in progress";
        run.Console.MarkupLine($"[bold]{Shown.Markup(journal.Tag)}[/] ({Shown.Markup(kind)}, {Shown.Markup(journal.Branch)} → {Shown.Markup(journal.Base)}, {Shown.Markup(state)})");
        var table = new FittedTable("Step", "Status", "Finished", "Message");
        foreach (var step in journal.Steps)
        {
            table.AddRow(Shown.Markup(step.Name), Status(step.Status), step.Finished?.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) ?? "", Shown.Markup(step.Message ?? ""));
        }

        run.Console.Write(table);
        foreach (var change in journal.ConfigurationChanges)
        {
            run.Console.MarkupLine($"[yellow]slipway.yaml changed[/] during the release, accepted {change.At:yyyy-MM-dd HH:mm} UTC: {Shown.Markup(change.Effect)}");
        }
        foreach (var failed in journal.Steps.Where(s => s.Status == StepStatus.Failed && s.Log.Count > 0))
        {
            run.Console.MarkupLine($"[red]{Shown.Markup(failed.Name)}[/] log (last lines):");
            foreach (var line in failed.Log.TakeLast(40))
            {
                run.Console.MarkupLine("  " + Shown.Markup(line));
            }
        }

        return 0;
    }

    private static string Status(StepStatus status) => status switch
    {
        StepStatus.Done => "[green]done[/]",
        StepStatus.Skipped => "[grey]skipped[/]",
        StepStatus.Waiting => "[yellow]waiting[/]",
        StepStatus.Failed => "[red]failed[/]",
        StepStatus.Running => "[blue]running[/]",
        _ => "[grey]pending[/]",
    };
}

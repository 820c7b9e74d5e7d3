using System.Text.Json.Nodes;
using Slipway.Core.Release.Journal;
using Slipway.Core.Workspace.Run;
using Spectre.Console;

namespace Slipway.Cli.Output;

/// <summary>How a workspace release is shown: a heading per repository, the plan of a dry run, where each part stands, and what an abort did.</summary>
internal static class WorkspaceWriter
{
    public static void Heading(TextWriter output, bool json, string repository)
    {
        output.WriteLine(json
            ? System.Text.Json.JsonSerializer.Serialize(new ReleaseEventJson("repository", null, null, null, null) { Repository = repository }, SlipwayJson.Output.ReleaseEventJson)
            : $"── {Shown.Plain(repository)}");
        output.Flush();
    }

    public static void Plan(TextWriter output, IAnsiConsole console, bool json, WorkspaceRehearsal rehearsal)
    {
        if (json)
        {
            // One document, the whole plan: each repository's own plan as 'release --dry-run --json' prints it alone.
            var releases = rehearsal.Releases.Select(r => new MemberPlanJson(r.Repository, r.Upstreams, ReleasePlanWriter.Json(r.Rehearsal))).ToList();
            var handoffs = rehearsal.Handoffs.Select(h => new HandoffPlanJson(h.Name, h.From, h.Target, h.Branch, h.Remote, h.Repository, h.Base, h.Title,
                h.Copies.Select(c => new HandoffCopyJson(c.From, c.To)).ToList())).ToList();
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(new WorkspacePlanJson(rehearsal.Name, releases, handoffs), SlipwayJson.Output.WorkspacePlanJson));
            return;
        }

        foreach (var release in rehearsal.Releases)
        {
            var upstreams = release.Upstreams.Count > 0 ? $" (starts once {string.Join(", ", release.Upstreams)} {(release.Upstreams.Count == 1 ? "is" : "are")} tagged on the remote)" : string.Empty;
            Heading(output, json: false, release.Repository + upstreams);
            ReleasePlanWriter.Write(output, console, json: false, release.Rehearsal);
            output.WriteLine();
        }

        foreach (var handoff in rehearsal.Handoffs)
        {
            output.WriteLine(Shown.Plain($"── hand-off {handoff.Name} (after {handoff.From} is released)"));
            foreach (var (from, to) in handoff.Copies)
            {
                output.WriteLine(Shown.Plain($"    copy {handoff.From}:{from} (at the tag) to {handoff.Target}/{to}"));
            }

            output.WriteLine(Shown.Plain($"    commit on a new branch {handoff.Branch} in {handoff.Target}, push it to {handoff.Remote}"));
            output.WriteLine(Shown.Plain($"    open a pull request into {handoff.Repository} {handoff.Base}: \"{handoff.Title}\", and wait for its merge"));
        }
    }

    public static void Outcome(TextWriter output, bool json, WorkspaceOutcome outcome)
    {
        var journal = outcome.Journal;
        if (json)
        {
            var end = new ReleaseEventJson(outcome.Completed ? "completed" : "waiting", null, null, null, null) { Workspace = journal };
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(end, SlipwayJson.Output.ReleaseEventJson));
            return;
        }

        output.WriteLine(outcome.Completed ? $"The workspace release {journal.Name} is done:" : $"The workspace release {journal.Name} is waiting:");
        foreach (var line in Lines(journal))
        {
            output.WriteLine("  " + Shown.Plain(line));
        }

        output.Flush();
    }

    public static void Status(TextWriter output, IAnsiConsole console, bool json, WorkspaceStatus status)
    {
        if (json)
        {
            var releases = new JsonObject();
            foreach (var member in status.Repositories.Where(m => m.Release is not null))
            {
                releases[member.Record.Name] = JsonNode.Parse(JournalStore.Serialize(member.Release!));
            }

            output.WriteLine(SlipwayJson.Compact(new JsonObject { ["workspace"] = JsonNode.Parse(WorkspaceJournalStore.Serialize(status.Journal)), ["releases"] = releases }));
            return;
        }

        var journal = status.Journal;
        console.MarkupLine($"[bold]workspace release {Shown.Markup(journal.Name)}[/] ({(journal.IsFinished ? "done" : $"started {journal.Created:yyyy-MM-dd HH:mm} UTC")})");
        var table = new Table().Border(TableBorder.Simple).AddColumns("Repository", "Tag", "State", "Step", "");
        foreach (var member in status.Repositories)
        {
            var record = member.Record;
            var step = member.Release?.Steps.FirstOrDefault(s => s.Status is not (StepStatus.Done or StepStatus.Skipped));
            table.AddRow(Shown.Markup(record.Name), Shown.Markup(record.Tag), State(record.State), Shown.Markup(step?.Name ?? string.Empty), Shown.Markup(step?.Message ?? Waiting(record) ?? string.Empty));
        }

        foreach (var handoff in journal.Handoffs)
        {
            var state = handoff.State switch { HandoffState.Merged => "[green]merged[/]", HandoffState.Proposed => "[yellow]proposed[/]", _ => "[grey]pending[/]" };
            table.AddRow("hand-off " + Shown.Markup(handoff.Name), Shown.Markup(handoff.Branch), state, string.Empty, Shown.Markup(handoff.Waiting ?? string.Empty));
        }

        console.Write(table);
    }

    public static void Aborted(TextWriter output, bool json, WorkspaceAbortOutcome outcome)
    {
        if (json)
        {
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(AbortJson.From(outcome), SlipwayJson.Output.AbortJson));
            return;
        }

        output.WriteLine($"Aborted the workspace release {outcome.Journal.Name}.");
        foreach (var (repository, aborted) in outcome.Aborted)
        {
            output.WriteLine(Shown.Plain($"  {repository}: {string.Join("; ", aborted.Done)}"));
            foreach (var line in aborted.Left)
            {
                output.WriteLine(Shown.Plain($"    left: {line}"));
            }
        }

        foreach (var released in outcome.Released)
        {
            output.WriteLine(Shown.Plain($"  {released}: released, kept (a pushed tag is never undone)"));
        }

        foreach (var handoff in outcome.Handoffs.Where(h => h.Done.Count + h.Left.Count > 0))
        {
            output.WriteLine(Shown.Plain($"  hand-off {handoff.Name}: {(handoff.Done.Count > 0 ? string.Join("; ", handoff.Done) : "nothing to undo")}"));
            foreach (var line in handoff.Left)
            {
                output.WriteLine(Shown.Plain($"    left: {line}"));
            }
        }
    }

    private static IEnumerable<string> Lines(WorkspaceJournal journal) =>
        journal.Repositories.Select(r => $"{r.Name} {r.Tag}: {(r.State == MemberState.Released ? "released" : "waiting for " + Waiting(r))}")
            .Concat(journal.Handoffs.Select(h => $"hand-off {h.Name}: {(h.State == HandoffState.Merged ? h.Waiting ?? "merged" : "waiting for " + h.Waiting)}"));

    private static string? Waiting(MemberRecord record) => record.State switch
    {
        MemberState.WaitingForUpstream => record.Waiting,
        MemberState.Releasing => record.Waiting,
        MemberState.Pending => "its turn",
        _ => null,
    };

    private static string State(MemberState state) => state switch
    {
        MemberState.Released => "[green]released[/]",
        MemberState.Releasing => "[blue]releasing[/]",
        MemberState.WaitingForUpstream => "[yellow]waiting for upstream[/]",
        _ => "[grey]pending[/]",
    };
}

using System.CommandLine;
using System.Text.Json;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;

namespace Slipway.Cli.Commands;

/// <summary>
/// <c>slipway abort</c>: undo the local work of an unfinished release (its branches, commits and
/// edits, a local tag that was never pushed; only what it made) and set its journal aside.
/// </summary>
internal sealed class AbortCommand(CommandContext context) : ICliCommand
{
    private readonly Option<string?> _version = ReleaseOptions.Version("The release to abort, when several are in progress").JournalVersions(context);
    private readonly Option<bool> _yes = ReleaseOptions.Yes();
    private readonly Option<string?> _workspace = ReleaseOptions.Workspace();

    public Command Build()
    {
        var command = new Command("abort", "Undo the local work of an unfinished release (branch, commits, unpushed tag: only what it made); pushed tags are never touched");
        command.Options.Add(_version);
        command.Options.Add(_yes);
        command.Options.Add(_workspace);
        command.SetAction(parse =>
        {
            var run = context.Open(parse);
            if (WorkspaceSession.Find(run, parse.GetValue(_workspace)) is { } workspace)
            {
                return workspace.Abort(parse.GetValue(_yes));
            }

            var session = new ReleaseSession(run);
            var journal = session.Service.InProgress(ReleaseOptions.Parse(parse.GetValue(_version)));
            session.Confirm(parse.GetValue(_yes), $"Abort the release of {journal.Tag}, deleting {journal.Branch} and its local work?");
            var outcome = session.Service.Abort(journal);
            if (run.Json)
            {
                run.Out.WriteLine(JsonSerializer.Serialize(AbortJson.From(outcome), SlipwayJson.Output.AbortJson));
                return 0;
            }

            run.Out.WriteLine($"Aborted {outcome.Tag}: {string.Join("; ", outcome.Done)}.");
            foreach (var line in outcome.Left)
            {
                run.Out.WriteLine("  left: " + line);
            }

            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using Slipway.Cli.Infrastructure;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway resume</c>: continue the release in progress from its first step not yet done.</summary>
internal sealed class ResumeCommand(CommandContext context) : ICliCommand
{
    private readonly Option<string?> _version = ReleaseOptions.Version("The release to resume, when several are in progress").JournalVersions(context);
    private readonly Option<bool> _accept = ReleaseOptions.AcceptConfigChange();
    private readonly Option<bool> _yes = ReleaseOptions.Yes();
    private readonly Option<string?> _workspace = ReleaseOptions.Workspace();

    public Command Build()
    {
        var command = new Command("resume", "Continue the release in progress after any stop: a failed check that now passes, a merged PR, a killed process");
        command.Options.Add(_version);
        command.Options.Add(_accept);
        command.Options.Add(_yes);
        command.Options.Add(_workspace);
        command.SetAction(parse =>
        {
            var run = context.Open(parse);
            if (WorkspaceSession.Find(run, parse.GetValue(_workspace)) is { } workspace)
            {
                return workspace.Resume();
            }

            var session = new ReleaseSession(run);
            return session.Report(session.Service.Resume(ReleaseOptions.Parse(parse.GetValue(_version)), session.Observer, parse.GetValue(_accept)));
        });
        return command;
    }
}

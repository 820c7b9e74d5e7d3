using System.CommandLine;
using Slipway.Cli.Infrastructure;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway done STEP</c>: mark a manual checkpoint as done, and continue the release.</summary>
internal sealed class DoneCommand(CommandContext context) : ICliCommand
{
    private readonly Argument<string> _step = new Argument<string>("STEP") { Description = "The manual step a person has done (see 'slipway status'); in a workspace, the hand-off whose pull request a person merged" }.StepsToMarkDone(context);
    private readonly Option<string?> _version = ReleaseOptions.Version("The release, when several are in progress").JournalVersions(context);
    private readonly Option<bool> _accept = ReleaseOptions.AcceptConfigChange();
    private readonly Option<bool> _yes = ReleaseOptions.Yes();
    private readonly Option<string?> _workspace = ReleaseOptions.Workspace();

    public Command Build()
    {
        var command = new Command("done", "Mark a manual step of the release as done, then continue");
        command.Arguments.Add(_step);
        command.Options.Add(_version);
        command.Options.Add(_accept);
        command.Options.Add(_yes);
        command.Options.Add(_workspace);
        command.SetAction(parse =>
        {
            var run = context.Open(parse);
            if (WorkspaceSession.Find(run, parse.GetValue(_workspace)) is { } workspace)
            {
                return workspace.Done(parse.GetValue(_step)!);
            }

            var session = new ReleaseSession(run);
            return session.Report(session.Service.MarkDone(parse.GetValue(_step)!, ReleaseOptions.Parse(parse.GetValue(_version)), session.Observer, parse.GetValue(_accept)));
        });
        return command;
    }
}

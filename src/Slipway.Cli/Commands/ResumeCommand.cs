using System.CommandLine;
using Slipway.Cli.Infrastructure;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway resume</c>: continue the release in progress from its first step not yet done.</summary>
internal sealed class ResumeCommand(CommandContext context) : ICliCommand
{
    private readonly Option<string?> _version = ReleaseOptions.Version("The release to resume, when several are in progress");
    private readonly Option<bool> _accept = ReleaseOptions.AcceptConfigChange();
    private readonly Option<bool> _yes = ReleaseOptions.Yes();

    public Command Build()
    {
        var command = new Command("resume", "Continue the release in progress after any stop: a failed check that now passes, a merged PR, a killed process");
        command.Options.Add(_version);
        command.Options.Add(_accept);
        command.Options.Add(_yes);
        command.SetAction(parse =>
        {
            var session = new ReleaseSession(context.Open(parse));
            return session.Report(session.Service.Resume(ReleaseOptions.Parse(parse.GetValue(_version)), session.Observer, parse.GetValue(_accept)));
        });
        return command;
    }
}

using System.CommandLine;
using Slipway.Cli.Infrastructure;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway skip STEP --reason TEXT</c>: pass over a step that cannot be done here, on the record, and continue.</summary>
internal sealed class SkipCommand(CommandContext context) : ICliCommand
{
    private readonly Argument<string> _step = new Argument<string>("STEP") { Description = "The step to pass over (see 'slipway status')" }.StepsToSkip(context);
    private readonly Option<string> _reason = new("--reason") { Description = "Why it is not done; kept in the journal and shown by 'slipway status'", Required = true, HelpName = "TEXT" };
    private readonly Option<string?> _version = ReleaseOptions.Version("The release, when several are in progress").JournalVersions(context);
    private readonly Option<bool> _accept = ReleaseOptions.AcceptConfigChange();
    private readonly Option<bool> _yes = ReleaseOptions.Yes();

    public Command Build()
    {
        var command = new Command("skip", "Skip a step of the release in progress that cannot be done here (the reason is recorded), then continue");
        command.Arguments.Add(_step);
        command.Options.Add(_reason);
        command.Options.Add(_version);
        command.Options.Add(_accept);
        command.Options.Add(_yes);
        command.SetAction(parse =>
        {
            var session = new ReleaseSession(context.Open(parse));
            return session.Report(session.Service.Skip(parse.GetValue(_step)!, parse.GetValue(_reason)!, ReleaseOptions.Parse(parse.GetValue(_version)),
                session.Observer, parse.GetValue(_accept)));
        });
        return command;
    }
}

using System.CommandLine;
using System.Text.Json;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;

namespace Slipway.Cli.Commands;

/// <summary>
/// <c>slipway retag</c>: the SOP's troubleshooting step. After a fix is merged, move the release tag to
/// the new commit: verify that commit first, then delete the tag locally and remotely, re-create it
/// and push it.
/// </summary>
internal sealed class RetagCommand(CommandContext context) : ICliCommand
{
    private readonly Option<string?> _version = ReleaseOptions.Version("The release to retag (default: the latest release journal, or the references' version)").TaggedVersions(context);
    private readonly Option<string?> _commit = new("--commit") { Description = "The commit to tag (default: the tip of the remote's base branch)", HelpName = "REV" };
    private readonly Option<bool> _yes = ReleaseOptions.Yes();

    public Command Build()
    {
        var command = new Command("retag", "Move a release tag to the commit where a fix merged, after verifying it (deletes and re-creates the tag locally and remotely)");
        command.Options.Add(_version);
        command.Options.Add(_commit);
        command.Options.Add(_yes);
        command.SetAction(parse =>
        {
            var run = context.Open(parse);
            var session = new ReleaseSession(run);
            var proposal = session.Service.PrepareRetag(ReleaseOptions.Parse(parse.GetValue(_version)), parse.GetValue(_commit));
            var journal = proposal.Journal;
            session.Confirm(parse.GetValue(_yes), $"Move {journal.Tag} to {proposal.Commit[..7]} ({proposal.Subject}), locally and on {journal.Remote}?");
            var moved = session.Service.Retag(proposal);
            if (run.Json)
            {
                run.Out.WriteLine(JsonSerializer.Serialize(new RetagJson(moved.Tag, moved.Was, moved.Commit, proposal.Subject, moved.Remote), SlipwayJson.Output.RetagJson));
                return 0;
            }

            run.Out.WriteLine($"Moved {moved.Tag} from {moved.Was?[..7] ?? "nowhere"} to {moved.Commit[..7]} and pushed it to {moved.Remote}.");
            return 0;
        });
        return command;
    }
}

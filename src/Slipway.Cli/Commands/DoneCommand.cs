using System.CommandLine;
using Slipway.Cli.Infrastructure;
using Slipway.Core.Diagnostics;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway done STEP</c>: mark a manual checkpoint as done, and continue the release.</summary>
internal sealed class DoneCommand(CommandContext context) : ICliCommand
{
    private readonly Argument<string> _step = new("STEP") { Description = "The manual step a person has done (see 'slipway status')" };
    private readonly Option<string?> _version = new("--version") { Description = "The release, when several are in progress", HelpName = "VERSION" };

    public Command Build()
    {
        var command = new Command("done", "Mark a manual step of the release as done, then continue");
        command.Arguments.Add(_step);
        command.Options.Add(_version);
        command.SetAction(parse =>
        {
            var run = context.Open(parse);
            using var writing = run.LockForWriting("done"); // before the journal is read and saved
            var session = new ReleaseSession(run);
            var journal = session.Store.Current(JournalTag.For(run, parse.GetValue(_version)));
            var name = parse.GetValue(_step)!;
            var manual = run.Config.Release.Steps.Select(s => s.Name).ToList();
            if (!manual.Contains(name))
            {
                throw new SlipwayException(Errors.Usage, $"'{name}' is not a manual step of this release",
                    manual.Count == 0 ? "slipway.yaml defines no manual steps" : $"manual steps: {string.Join(", ", manual)}");
            }

            if (!journal.Marked.Contains(name))
            {
                journal.Marked.Add(name);
                session.Store.Save(journal);
            }

            return session.Run(journal);
        });
        return command;
    }
}

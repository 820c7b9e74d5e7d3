using System.CommandLine;
using Slipway.Cli.Infrastructure;
using Slipway.Core.Files;
using Slipway.Core.Release;

namespace Slipway.Cli.Commands;

/// <summary>
/// <c>slipway abort</c>: undo the local work of an unfinished release (its branches, commits and
/// edits, a local tag that was never pushed) and set its journal aside. A pushed tag is never touched.
/// </summary>
internal sealed class AbortCommand(CommandContext context) : ICliCommand
{
    private readonly Option<string?> _version = new("--version") { Description = "The release to abort, when several are in progress", HelpName = "VERSION" };
    private readonly Option<bool> _yes = new("--yes", "-y") { Description = "Answer yes to the confirmation" };

    public Command Build()
    {
        var command = new Command("abort", "Undo the local work of an unfinished release (branch, commits, unpushed tag); pushed tags are never touched");
        command.Options.Add(_version);
        command.Options.Add(_yes);
        command.SetAction(parse => Run(context.Open(parse), parse.GetValue(_version), parse.GetValue(_yes)));
        return command;
    }

    private static int Run(Invocation run, string? version, bool yes)
    {
        var session = new ReleaseSession(run);
        var journal = session.Store.Current(JournalTag.For(run, version));
        if (!ReleaseSession.Confirm(run, yes, $"Abort the release of {journal.Tag}, deleting {journal.Branch} and its local work?"))
        {
            throw ReleaseSession.Declined();
        }

        using var lockFile = RepositoryLock.Acquire(StateDirectory.For(run.Config.Root), "abort");
        var outcome = ReleaseAborter.Abort(session.Context(journal), session.Store);
        run.Out.WriteLine($"Aborted {outcome.Tag}: {string.Join("; ", outcome.Done)}.");
        foreach (var line in outcome.Left)
        {
            run.Out.WriteLine("  left: " + line);
        }

        return 0;
    }
}

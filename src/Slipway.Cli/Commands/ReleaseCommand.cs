using System.CommandLine;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release;

namespace Slipway.Cli.Commands;

/// <summary><c>slipway release VERSION|major|minor|patch|rc</c>: plan the release and run it, step by step, journaled.</summary>
internal sealed class ReleaseCommand(CommandContext context) : ICliCommand
{
    private readonly Argument<string> _target = new("VERSION|major|minor|patch|rc") { Description = "The version to release, or a keyword computed from the current version" };
    private readonly Option<bool> _dryRun = new("--dry-run", "-n") { Description = "Print the whole plan, with every file diff and command, and change nothing" };
    private readonly Option<string?> _from = new("--from") { Description = "Make a patch release from this tag, on its patch branch", HelpName = "TAG" };
    private readonly Option<string[]> _cherryPick = new("--cherry-pick") { Description = "Commits to pick onto the patch branch (with --from)", HelpName = "SHA", AllowMultipleArgumentsPerToken = true };
    private readonly Option<bool> _yes = new("--yes", "-y") { Description = "Answer yes to confirmations" };

    public Command Build()
    {
        var command = new Command("release", "Run the release procedure: bump, commit, push, wait for the merge, tag, restore pins, manual steps");
        command.Arguments.Add(_target);
        foreach (var option in new Option[] { _dryRun, _from, _cherryPick, _yes })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(_cherryPick) is { Length: > 0 } && result.GetValue(_from) is null)
            {
                result.AddError("--cherry-pick needs --from TAG (the release being patched)");
            }
        });
        command.SetAction(parse => Run(context.Open(parse), parse));
        return command;
    }

    private int Run(Invocation run, ParseResult parse)
    {
        var session = new ReleaseSession(run);
        var request = new ReleaseRequest(parse.GetValue(_target)!) { PatchOf = parse.GetValue(_from), CherryPicks = parse.GetValue(_cherryPick) ?? [] };
        var journal = ReleaseStarter.Create(run.Config, run.Git(), request);
        if (session.Store.Load(journal.Tag) is { } existing)
        {
            throw existing.IsFinished
                ? new SlipwayException(Errors.TagExists, $"{existing.Tag} was already released", "release a newer version")
                : new SlipwayException(Errors.ReleaseInProgress, $"the release of {existing.Tag} is in progress", "run 'slipway resume' to continue it, or 'slipway abort' to drop it");
        }

        if (session.Store.All().FirstOrDefault(j => !j.IsFinished) is { } other)
        {
            throw new SlipwayException(Errors.ReleaseInProgress, $"the release of {other.Tag} is in progress", $"finish it (slipway resume) or drop it (slipway abort --version {other.Version}) first");
        }

        if (parse.GetValue(_dryRun))
        {
            ReleasePlanWriter.Write(run, journal, ReleasePreview.Describe(session.Context(journal)));
            return 0;
        }

        var from = journal.PatchOf is { } patched ? $"patching {patched}" : $"after {journal.PreviousTag ?? "no earlier release"}";
        if (!ReleaseSession.Confirm(run, parse.GetValue(_yes), $"Release {journal.Version} ({journal.Tag}, {from}) from {journal.Base}?"))
        {
            throw ReleaseSession.Declined();
        }

        return session.Run(journal);
    }
}

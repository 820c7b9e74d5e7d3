using System.CommandLine;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release;
using Slipway.Core.Workspace.Run;

namespace Slipway.Cli.Commands;

/// <summary>
/// <c>slipway release VERSION|major|minor|patch|rc</c>: plan the release and run it, step by step,
/// journaled. In a workspace with <c>version: per-repository</c>, <c>NAME=VERSION</c> gives a repository
/// a version of its own.
/// </summary>
internal sealed class ReleaseCommand(CommandContext context) : ICliCommand
{
    private readonly Argument<string[]> _target = new("VERSION|major|minor|patch|rc")
    {
        Description = "The version to release, or a keyword computed from the current version; in a workspace with 'version: per-repository', also NAME=VERSION for a repository's own",
        Arity = ArgumentArity.OneOrMore,
    };
    private readonly Option<bool> _dryRun = new("--dry-run", "-n") { Description = "Run preflight, then print exactly what the release would do (every edit as a diff, command, commit, ref and request), changing nothing" };
    private readonly Option<string?> _from = new("--from") { Description = "Make a patch release from this tag, on its patch branch", HelpName = "TAG" };
    private readonly Option<string[]> _cherryPick = new("--cherry-pick") { Description = "Commits to pick onto the patch branch (with --from)", HelpName = "SHA", AllowMultipleArgumentsPerToken = true };
    private readonly Option<bool> _allowEmpty = new("--allow-empty") { Description = "Release even when nothing changed since the previous release" };
    private readonly Option<bool> _yes = ReleaseOptions.Yes();
    private readonly Option<string?> _workspace = ReleaseOptions.Workspace();

    public Command Build()
    {
        var command = new Command("release", "Run the release procedure: bump, commit, push, wait for the merge, tag, restore pins, manual steps");
        command.Arguments.Add(_target);
        foreach (var option in new Option[] { _dryRun, _from, _cherryPick, _allowEmpty, _yes, _workspace })
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
        if (WorkspaceSession.Find(run, parse.GetValue(_workspace)) is { } workspace)
        {
            var asked = WorkspaceRequest.Parse(parse.GetValue(_target)!) with { AllowEmpty = parse.GetValue(_allowEmpty), PatchOf = parse.GetValue(_from) };
            return workspace.Release(asked, parse.GetValue(_dryRun), parse.GetValue(_yes));
        }

        var session = new ReleaseSession(run);
        var request = new ReleaseRequest(Single(parse.GetValue(_target)!, run))
        {
            PatchOf = parse.GetValue(_from),
            CherryPicks = parse.GetValue(_cherryPick) ?? [],
            AllowEmpty = parse.GetValue(_allowEmpty),
        };
        var journal = session.Service.Prepare(request);
        if (parse.GetValue(_dryRun))
        {
            var rehearsal = session.Service.DryRun(journal);
            ReleasePlanWriter.Write(run.Out, run.Console, run.Json, rehearsal);
            return rehearsal.Failure is { } failure ? throw failure : 0;
        }

        var from = journal.PatchOf is { } patched ? $"patching {patched}" : $"after {journal.PreviousTag ?? "no earlier release"}";
        session.Confirm(parse.GetValue(_yes), $"Release {journal.Version} ({journal.Tag}, {from}) from {journal.Base}?");
        return session.Report(session.Service.Start(journal, session.Observer));
    }

    // Outside a workspace there is one repository, so one version; NAME=VERSION would name nothing.
    private static string Single(string[] targets, Invocation run) => targets is [var target] && !target.Contains('=', StringComparison.Ordinal)
        ? target
        : throw new SlipwayException(Errors.Usage, $"'{string.Join(' ', targets)}' gives several versions, but {run.Directory} has no {Core.Configuration.WorkspaceSettings.DefaultFileName}: one repository is released at one version",
            "give one VERSION (or keyword); NAME=VERSION is for a workspace with 'version: per-repository' (run there, or name it with --workspace FILE)");
}

using System.CommandLine;
using Slipway.Cli.Infrastructure;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release;
using Slipway.Core.Release.Steps;

namespace Slipway.Cli.Commands;

/// <summary>
/// <c>slipway retag</c>: the SOP's troubleshooting step. After a fix is merged, move the release tag to
/// the new commit: verify that commit first, then delete the tag locally and remotely, re-create it
/// and push it.
/// </summary>
internal sealed class RetagCommand(CommandContext context) : ICliCommand
{
    private readonly Option<string?> _version = new("--version") { Description = "The release to retag (default: the latest release journal, or the references' version)", HelpName = "VERSION" };
    private readonly Option<string?> _commit = new("--commit") { Description = "The commit to tag (default: the tip of the remote's base branch)", HelpName = "REV" };
    private readonly Option<bool> _yes = new("--yes", "-y") { Description = "Answer yes to the confirmation" };

    public Command Build()
    {
        var command = new Command("retag", "Move a release tag to the commit where a fix merged, after verifying it (deletes and re-creates the tag locally and remotely)");
        command.Options.Add(_version);
        command.Options.Add(_commit);
        command.Options.Add(_yes);
        command.SetAction(parse => Run(context.Open(parse), parse));
        return command;
    }

    private int Run(Invocation run, ParseResult parse)
    {
        var session = new ReleaseSession(run);
        var version = parse.GetValue(_version) is { } given ? VersionArgument.Parse(given, "--version") : null;
        var journals = session.Store.All();
        var journal = (version is null ? (journals.Count > 0 ? journals[^1] : null) : session.Store.Load(run.Config.Tag.TagFor(version)))
            ?? Adhoc.Journal(run, version ?? CurrentVersion.OfReferences(run) ?? throw new SlipwayException(Errors.Usage, "name the release to retag with --version"));
        using var writing = run.LockForWriting("retag");
        var release = session.Context(journal);
        release.Writer.Fetch(journal.Remote, journal.Base);
        var target = parse.GetValue(_commit) ?? release.RemoteBase;
        var commit = release.Reader.Resolve(target) ?? throw new SlipwayException(Errors.Usage, $"'{target}' is not a commit");

        var report = TreeVerifier.Verify(release, commit);
        if (!report.AllHoldExpected)
        {
            throw new SlipwayException(Errors.TreeDoesNotHoldVersion, $"{commit[..7]} does not hold {journal.Version} in every reference; the tag was not moved",
                "merge the fix first, then run 'slipway retag' again", TreeVerifier.Failures(report));
        }

        if (!ReleaseSession.Confirm(run, parse.GetValue(_yes), $"Move {journal.Tag} to {commit[..7]} ({release.Reader.Subject(commit)}), locally and on {journal.Remote}?"))
        {
            throw ReleaseSession.Declined();
        }

        var was = release.Reader.LocalTag(journal.Tag) is null ? null : release.Reader.Resolve(journal.Tag);
        if (was is not null)
        {
            release.Writer.DeleteTag(journal.Tag);
        }

        if (release.Reader.RemoteRef(journal.Remote, "refs/tags/" + journal.Tag) is not null)
        {
            release.Writer.DeleteRemoteRef(journal.Remote, "refs/tags/" + journal.Tag);
        }

        TagStep.Create(release, commit);
        release.Writer.Push(journal.Remote, "refs/tags/" + journal.Tag);
        if (session.Store.Load(journal.Tag) is { } stored)
        {
            stored.Facts[ReleaseFacts.MergeCommit] = commit;
            session.Store.Save(stored);
        }

        run.Out.WriteLine($"Moved {journal.Tag} from {was?[..7] ?? "nowhere"} to {commit[..7]} and pushed it to {journal.Remote}.");
        return 0;
    }
}

using System.CommandLine;
using Slipway.Cli.Infrastructure;
using Slipway.Core.Files;
using Slipway.Core.Release;
using Slipway.Core.Release.Steps;

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

        using var writing = run.LockForWriting("abort");
        var release = session.Context(journal);
        var reader = release.Reader;
        var done = new List<string>();
        var left = new List<string>();
        if (File.Exists(Path.Combine(Path.GetFullPath(release.Git.Check("rev-parse", "--git-dir").Trim(), release.Git.WorkingDirectory), "CHERRY_PICK_HEAD")))
        {
            release.Git.Check("cherry-pick", "--abort");
            done.Add("stopped the cherry-pick in progress");
        }

        var ours = new[] { journal.Branch, PostReleaseStep.BranchName(journal) };
        if (ours.Contains(reader.CurrentBranch()))
        {
            // Only the release's own branch is reset: its uncommitted edits are the release's, not the person's.
            release.Writer.ResetHard("HEAD");
            release.Writer.Switch(journal.Base);
        }

        foreach (var branch in ours.Where(reader.BranchExists))
        {
            release.Writer.DeleteBranch(branch);
            done.Add($"deleted the branch {branch}");
            if (reader.RemoteRef(journal.Remote, "refs/heads/" + branch) is not null)
            {
                left.Add($"{journal.Remote} still has {branch} (git push {journal.Remote} --delete {branch})");
            }
        }

        if (reader.LocalTag(journal.Tag) is not null)
        {
            if (reader.RemoteRef(journal.Remote, "refs/tags/" + journal.Tag) is null)
            {
                release.Writer.DeleteTag(journal.Tag);
                done.Add($"deleted the unpushed tag {journal.Tag}");
            }
            else
            {
                left.Add($"{journal.Tag} is pushed, so it stays");
            }
        }

        session.Store.Archive(journal, "aborted");
        done.Add("set the journal aside");
        run.Out.WriteLine($"Aborted {journal.Tag}: {string.Join("; ", done)}.");
        foreach (var line in left)
        {
            run.Out.WriteLine("  left: " + line);
        }

        return 0;
    }
}

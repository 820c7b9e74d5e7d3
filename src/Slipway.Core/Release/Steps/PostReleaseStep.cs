using Slipway.Core.Configuration;
using Slipway.Core.Files;
using Slipway.Core.References;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// After the tag, puts the pins back to their 'after' values (bpfman's "do another PR that changes
/// the tag back to latest"): on a follow-up branch that is pushed and waited on until merged, or, when
/// configured, as a commit pushed straight to the base branch. Done as soon as the remote's base holds
/// the 'after' values, however they got there.
/// </summary>
public sealed class PostReleaseStep : IReleaseStep
{
    public string Name => StepNames.PostRelease;

    public static string BranchName(ReleaseJournal journal) => journal.Branch + "-post";

    public StepResult Run(ReleaseContext context)
    {
        var journal = context.Journal;
        context.Writer.Fetch(journal.Remote, journal.Base);
        if (RestoredOnRemote(context))
        {
            ReturnToBase(context);
            return StepResult.Done($"the pins are back at their 'after' values on {context.RemoteBase}");
        }

        if (context.Settings.PostRelease == PostReleaseMode.Push)
        {
            ReturnToBase(context);
            Restore(context);
            context.Writer.Push(journal.Remote, $"refs/heads/{journal.Base}:refs/heads/{journal.Base}");
            return StepResult.Done($"restored the pins and pushed {journal.Base}");
        }

        var branch = BranchName(journal);
        if (context.Reader.BranchExists(branch))
        {
            context.Writer.Switch(branch);
        }
        else
        {
            context.Writer.CreateBranch(branch, context.RemoteBase);
        }

        Restore(context);
        var local = context.Reader.Resolve("HEAD")!;
        if (context.Reader.RemoteRef(journal.Remote, "refs/heads/" + branch) != local)
        {
            context.Writer.Push(journal.Remote, $"refs/heads/{branch}:refs/heads/{branch}");
        }

        ReturnToBase(context);
        return StepResult.Waiting($"open a pull request from {branch} into {journal.Base} (it restores the pins after {journal.Tag}) and merge it, then run 'slipway resume'");
    }

    private static bool RestoredOnRemote(ReleaseContext context)
    {
        var prefix = context.Git.Check("rev-parse", "--show-prefix").Trim();
        var tree = new DocumentCache(new GitTreeFileSource(context.Git, context.RemoteBase, prefix));
        return PinsStep.Plan(context, release: false, tree).IsEmpty;
    }

    private static void Restore(ReleaseContext context)
    {
        new AtomicFileWriter(context.Config.Root, StateDirectory.For(context.Config.Root)).Write(PinsStep.Plan(context, release: false).Edits);
        Diagnostics.CrashPoints.Hit("post-release:before-commit");

        // Whether it is committed is HEAD's to say, not the work tree's: an earlier run may have been
        // killed after writing the pins and before committing them.
        var prefix = context.Git.Check("rev-parse", "--show-prefix").Trim();
        var plan = PinsStep.Plan(context, release: false, new DocumentCache(new GitTreeFileSource(context.Git, "HEAD", prefix)));
        if (plan.IsEmpty)
        {
            return; // already committed on this branch by an earlier run
        }

        context.Writer.AddAll();
        var message = $"chore: restore pins after {context.Journal.Tag}\n\n{CommitStep.Changes(context, plan.Edits.Select(e => e.Path).ToList())}\n";
        context.Journal.Facts[ReleaseFacts.PostCommit] = context.Writer.Commit(message, context.Settings.Signoff);
        Diagnostics.CrashPoints.Hit("post-release:after-commit");
    }

    /// <summary>Leaves the person on the base branch, brought up to the remote's.</summary>
    public static void ReturnToBase(ReleaseContext context)
    {
        var journal = context.Journal;
        if (context.Reader.CurrentBranch() != journal.Base)
        {
            context.Writer.Switch(journal.Base);
        }

        if (context.Reader.Resolve(context.RemoteBase) is { } remote && context.Reader.IsAncestor("HEAD", remote))
        {
            context.Writer.FastForward(remote);
        }
    }
}

using Slipway.Core.Configuration;
using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;

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

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => config.Release.Pins.Count > 0;

    public StepResult Run(ReleaseContext context)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        repository.Fetch(journal.Remote, journal.Base);
        if (PinsStep.Plan(context, release: false, repository.Tree(context.RemoteBase)).IsEmpty)
        {
            ReturnToBase(context);
            return StepResult.Done($"the pins are back at their 'after' values on {context.RemoteBase}");
        }

        if (context.Settings.PostRelease == PostReleaseMode.Push)
        {
            ReturnToBase(context);
            Restore(context);
            repository.Push(journal.Remote, "refs/heads/" + journal.Base);
            return StepResult.Done($"restored the pins and pushed {journal.Base}");
        }

        var branch = BranchName(journal);
        var branchRef = "refs/heads/" + branch;
        if (repository.Resolve(branchRef) is { } tip)
        {
            if (!journal.Owns(branchRef, tip) && !context.AdoptCommit(branchRef, tip, RestoreSubject(journal)))
            {
                throw BranchStep.ForeignBranch(branch, tip);
            }

            repository.Switch(branch);
        }
        else
        {
            var start = repository.Resolve(context.RemoteBase)!;
            context.Claim(branchRef, start);
            repository.CreateBranch(branch, start, switchTo: true);
        }

        if (Restore(context) is { } restored)
        {
            context.Claim(branchRef, restored);
        }

        if (repository.RemoteRef(journal.Remote, branchRef) != repository.Resolve("HEAD"))
        {
            repository.Push(journal.Remote, branchRef);
        }

        ReturnToBase(context);
        return StepResult.Waiting($"open a pull request from {branch} into {journal.Base} (it restores the pins after {journal.Tag}) and merge it, then run 'slipway resume'",
            new MergeWait(journal.Remote, branch, journal.Base));
    }

    /// <summary>Leaves the person on the base branch, brought up to the remote's.</summary>
    public static void ReturnToBase(ReleaseContext context)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        if (repository.CurrentBranch() != journal.Base)
        {
            repository.Switch(journal.Base);
        }

        if (repository.Resolve(context.RemoteBase) is { } remote && remote != repository.Resolve("HEAD") && repository.IsAncestor("HEAD", remote))
        {
            repository.FastForward(remote);
        }
    }

    private static string RestoreSubject(ReleaseJournal journal) => $"chore: restore pins after {journal.Tag}";

    /// <summary>Commits the pins' after values; the commit, or null when an earlier run committed them already.</summary>
    private static string? Restore(ReleaseContext context)
    {
        // Whether it is committed is HEAD's to say, not the work tree's: an earlier run may have been
        // killed after writing the pins and before committing them.
        var repository = context.Repository;
        var uncommitted = PinsStep.Plan(context, release: false, repository.Tree(repository.Resolve("HEAD")!));
        if (uncommitted.IsEmpty)
        {
            return null;
        }

        var plan = PinsStep.Plan(context, release: false, repository.WorkTree);
        if (!plan.IsEmpty)
        {
            repository.EditFiles(new EditFiles("restore the pins' after values", plan.Edits, plan.Changes));
        }

        Diagnostics.CrashPoints.Hit("post-release:before-commit");
        var staged = repository.Stage(uncommitted.Edits.Select(e => repository.Prefix + e.Path).ToList());
        var message = $"{RestoreSubject(context.Journal)}\n\n{CommitStep.Changes(context, staged)}\n";
        var commit = repository.Commit(message, context.Settings.Signoff, staged);
        context.Journal.Facts.PostCommit = commit;
        Diagnostics.CrashPoints.Hit("post-release:after-commit");
        return commit;
    }
}

using Slipway.Core.Configuration;
using Slipway.Core.Files;
using Slipway.Core.Planning;
using Slipway.Core.Release.Actions;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// A change to the base branch after the tag (the pins put back, the next development version): on
/// a follow-up branch that is pushed and waited on until merged, or, when configured, as a commit
/// pushed straight to the base. Done as soon as the remote's base holds the change, however it got
/// there; a branch or commit a killed run made is found and taken up, not made twice.
/// </summary>
/// <param name="Step">The step's name: its crash points and the branch it claims.</param>
/// <param name="Subject">The follow-up commit's subject.</param>
/// <param name="Purpose">What the change does, for the wait's message: "restores the pins after v1.2.0".</param>
/// <param name="Plan">The edits that make files hold the change (none when they hold it).</param>
/// <param name="Committed">Records the follow-up commit in the journal's facts.</param>
public sealed record FollowUpChange(string Step, string Branch, string Subject, string Purpose, PostReleaseMode Mode,
    Func<IFileSource, BumpPlan> Plan, Action<string> Committed)
{
    public StepResult Run(ReleaseContext context)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        repository.Fetch(journal.Remote, journal.Base);
        if (Plan(repository.Tree(context.RemoteBase)).IsEmpty)
        {
            PostReleaseStep.ReturnToBase(context);
            return StepResult.Done($"{context.RemoteBase} already holds it: it {Purpose}");
        }

        if (Mode == PostReleaseMode.Push)
        {
            PostReleaseStep.ReturnToBase(context);
            Commit(context);
            repository.Push(journal.Remote, "refs/heads/" + journal.Base);
            return StepResult.Done($"pushed {journal.Base}: it {Purpose}");
        }

        var branchRef = "refs/heads/" + Branch;
        if (repository.Resolve(branchRef) is { } tip)
        {
            if (!journal.Owns(branchRef, tip) && !context.AdoptCommit(branchRef, tip, Subject))
            {
                throw BranchStep.ForeignBranch(Branch, tip);
            }

            repository.Switch(Branch);
        }
        else
        {
            var start = repository.Resolve(context.RemoteBase)!;
            context.Claim(branchRef, start);
            repository.CreateBranch(Branch, start, switchTo: true);
        }

        if (Commit(context) is { } made)
        {
            context.Claim(branchRef, made);
        }

        if (repository.RemoteRef(journal.Remote, branchRef) != repository.Resolve("HEAD"))
        {
            repository.Push(journal.Remote, branchRef);
        }

        PostReleaseStep.ReturnToBase(context);
        return StepResult.Waiting($"open a pull request from {Branch} into {journal.Base} (it {Purpose}) and merge it, then run 'slipway resume'",
            new MergeWait(journal.Remote, Branch, journal.Base));
    }

    /// <summary>Commits the change; the commit, or null when an earlier run committed it already.</summary>
    private string? Commit(ReleaseContext context)
    {
        // Whether it is committed is HEAD's to say, not the work tree's: an earlier run may have been
        // killed after writing the files and before committing them.
        var repository = context.Repository;
        var uncommitted = Plan(repository.Tree(repository.Resolve("HEAD")!));
        if (uncommitted.IsEmpty)
        {
            return null;
        }

        var plan = Plan(repository.WorkTree);
        if (!plan.IsEmpty)
        {
            repository.EditFiles(new EditFiles(Purpose, plan.Edits, plan.Changes));
        }

        Diagnostics.CrashPoints.Hit(Step + ":before-commit");
        var staged = repository.Stage(uncommitted.Edits.Select(e => repository.Prefix + e.Path).ToList());
        var commit = repository.Commit($"{Subject}\n\n{CommitStep.Changes(context, staged)}\n", context.Settings.Signoff, staged);
        Committed(commit);
        Diagnostics.CrashPoints.Hit(Step + ":after-commit");
        return commit;
    }

    /// <summary>The follow-up branches a release may make: cleaned up once merged, removed by abort.</summary>
    public static IReadOnlyList<(string Branch, string Step)> Branches(ReleaseJournal journal) =>
        [(PostReleaseStep.BranchName(journal), StepNames.PostRelease), (DevelopmentStep.BranchName(journal), StepNames.Development)];
}

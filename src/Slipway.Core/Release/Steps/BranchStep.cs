using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Puts the work on the release branch, created from the base commit (or reused when this release
/// created it and it is still where Slipway left it: a branch holding other work is never built on).
/// For a patch release the base is the patch branch, created from the patched tag and pushed when
/// the remote does not have it, so the pull request has a branch to target.
/// </summary>
public sealed class BranchStep : IReleaseStep
{
    public string Name => StepNames.Branch;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => true;

    public string? WhyNotSkippable => "every later step works on the release branch it makes";

    public StepResult Run(ReleaseContext context)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        var notes = new List<string>();
        if (journal.PatchOf is { } patched && journal.Facts.BaseCommit is null)
        {
            notes.Add(PreparePatchBranch(context, patched));
        }

        var baseCommit = journal.Facts.BaseCommit!;
        var branchRef = "refs/heads/" + journal.Branch;
        if (repository.Resolve(branchRef) is { } tip)
        {
            if (!journal.Owns(branchRef, tip))
            {
                throw ForeignBranch(journal.Branch, tip);
            }

            if (repository.CurrentBranch() == journal.Branch)
            {
                return StepResult.Done(Join(notes, $"on {journal.Branch}"));
            }

            repository.Switch(journal.Branch);
            return StepResult.Done(Join(notes, $"switched to {journal.Branch}, made by this release"));
        }

        context.Claim(branchRef, baseCommit);
        repository.CreateBranch(journal.Branch, baseCommit, switchTo: true);
        return StepResult.Done(Join(notes, $"created {journal.Branch} from {journal.Base} ({baseCommit[..7]})"));
    }

    /// <summary>SW318 for a release branch this release did not make (or that moved since): its commits are someone's work.</summary>
    public static SlipwayException ForeignBranch(string branch, string tip) => new(Errors.BranchConflict,
        $"the branch {branch} exists ({tip[..7]}) and was not made by this release, so it may hold other work",
        $"look at it (git log {branch}); if it is yours, rename it (git branch -m {branch} {branch}-old), or delete it if it is not needed, then run the release again");

    private static string PreparePatchBranch(ReleaseContext context, string patched)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        var branch = journal.Base;
        string note;
        if (repository.Resolve("refs/heads/" + branch) is not null)
        {
            note = $"reused {branch}";
        }
        else
        {
            var fromRemote = repository.Resolve($"{journal.Remote}/{branch}");
            var start = fromRemote ?? repository.Resolve(patched)!;
            context.Claim("refs/heads/" + branch, start);
            repository.CreateBranch(branch, start, switchTo: false);
            note = fromRemote is null ? $"created {branch} from {patched}" : $"created {branch} from {journal.Remote}/{branch}";
        }

        if (repository.RemoteRef(journal.Remote, "refs/heads/" + branch) is null)
        {
            repository.Push(journal.Remote, "refs/heads/" + branch);
            note += $" and pushed it to {journal.Remote}";
        }

        journal.Facts.BaseCommit = repository.Resolve("refs/heads/" + branch)!;
        return note;
    }

    private static string Join(List<string> notes, string last) => string.Join("; ", notes.Append(last));
}

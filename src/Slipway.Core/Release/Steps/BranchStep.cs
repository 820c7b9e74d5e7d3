using Slipway.Core.Diagnostics;

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

    public StepResult Run(ReleaseContext context)
    {
        var journal = context.Journal;
        var notes = new List<string>();
        if (journal.PatchOf is { } patched && journal.Fact(ReleaseFacts.BaseCommit) is null)
        {
            notes.Add(PreparePatchBranch(context, patched));
        }

        var baseCommit = journal.Fact(ReleaseFacts.BaseCommit)!;
        var branchRef = "refs/heads/" + journal.Branch;
        if (context.Reader.Resolve(branchRef) is { } tip)
        {
            if (!journal.Owns(branchRef, tip))
            {
                throw ForeignBranch(journal.Branch, tip);
            }

            if (context.Reader.CurrentBranch() == journal.Branch)
            {
                return StepResult.Done(Join(notes, $"on {journal.Branch}"));
            }

            context.Writer.Switch(journal.Branch);
            return StepResult.Done(Join(notes, $"switched to {journal.Branch}, made by this release"));
        }

        context.Claim(branchRef, baseCommit);
        context.Writer.CreateBranch(journal.Branch, baseCommit);
        return StepResult.Done(Join(notes, $"created {journal.Branch} from {journal.Base} ({baseCommit[..7]})"));
    }

    /// <summary>SW318 for a release branch this release did not make (or that moved since): its commits are someone's work.</summary>
    public static SlipwayException ForeignBranch(string branch, string tip) => new(Errors.BranchConflict,
        $"the branch {branch} exists ({tip[..7]}) and was not made by this release, so it may hold other work",
        $"look at it (git log {branch}); if it is yours, rename it (git branch -m {branch} {branch}-old), or delete it if it is not needed, then run the release again");

    private static string PreparePatchBranch(ReleaseContext context, string patched)
    {
        var journal = context.Journal;
        var branch = journal.Base;
        string note;
        if (context.Reader.BranchExists(branch))
        {
            note = $"reused {branch}";
        }
        else if (context.Reader.Resolve($"{journal.Remote}/{branch}") is { } remote)
        {
            context.Claim("refs/heads/" + branch, remote);
            context.Writer.CreateBranchAt(branch, remote);
            note = $"created {branch} from {journal.Remote}/{branch}";
        }
        else
        {
            var tagged = context.Reader.Resolve(patched)!;
            context.Claim("refs/heads/" + branch, tagged);
            context.Writer.CreateBranchAt(branch, tagged);
            note = $"created {branch} from {patched}";
        }

        if (context.Reader.RemoteRef(journal.Remote, "refs/heads/" + branch) is null)
        {
            context.Writer.Push(journal.Remote, $"refs/heads/{branch}:refs/heads/{branch}");
            note += $" and pushed it to {journal.Remote}";
        }

        journal.Facts[ReleaseFacts.BaseCommit] = context.Reader.Resolve(branch)!;
        return note;
    }

    private static string Join(List<string> notes, string last) => string.Join("; ", notes.Append(last));
}

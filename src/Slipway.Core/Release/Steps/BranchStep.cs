using Slipway.Core.Diagnostics;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Puts the work on the release branch, created from the base commit (or reused when a previous run
/// created it). For a patch release the base is the patch branch, created from the patched tag and
/// pushed when the remote does not have it, so the pull request has a branch to target.
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
        if (context.Reader.CurrentBranch() == journal.Branch)
        {
            return StepResult.Done(Join(notes, $"on {journal.Branch}"));
        }

        if (context.Reader.Resolve("refs/heads/" + journal.Branch) is { } tip)
        {
            if (!context.Reader.IsAncestor(baseCommit, tip))
            {
                throw new SlipwayException(Errors.BranchConflict,
                    $"the branch {journal.Branch} exists and does not start from {journal.Base} ({baseCommit[..7]})",
                    $"delete or rename it (git branch -m {journal.Branch} {journal.Branch}-old), then run 'slipway resume'");
            }

            context.Writer.Switch(journal.Branch);
            return StepResult.Done(Join(notes, $"switched to the existing {journal.Branch}"));
        }

        context.Writer.CreateBranch(journal.Branch, baseCommit);
        return StepResult.Done(Join(notes, $"created {journal.Branch} from {journal.Base} ({baseCommit[..7]})"));
    }

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
            context.Git.Check("branch", "--quiet", "--end-of-options", branch, remote);
            note = $"created {branch} from {journal.Remote}/{branch}";
        }
        else
        {
            context.Git.Check("branch", "--quiet", "--end-of-options", branch, patched + "^{commit}");
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

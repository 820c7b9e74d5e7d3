using Slipway.Core.Git;
using Slipway.Core.Release.Journal;
using Slipway.Core.Release.Steps;

namespace Slipway.Core.Release;

/// <summary>What abort did, and what it left alone (and why).</summary>
public sealed record AbortOutcome(string Tag, IReadOnlyList<string> Done, IReadOnlyList<string> Left);

/// <summary>
/// Undoes the local work of an unfinished release: the branches and the unpushed tag it made, and
/// only while they still point where it left them. A ref the journal does not record as the
/// release's own, or one that moved since, is someone's work: it is named and left alone. A pushed
/// tag is never touched, nor anything on the remote.
/// </summary>
public static class ReleaseAborter
{
    public static AbortOutcome Abort(GitReader reader, GitWriter writer, ReleaseJournal journal, JournalStore store)
    {
        var done = new List<string>();
        var left = new List<string>();
        var ours = FollowUpChange.Branches(journal).Select(f => f.Branch).Prepend(journal.Branch)
            .Where(branch => reader.Resolve("refs/heads/" + branch) is { } tip && Keep(journal, "refs/heads/" + branch, tip, branch, left))
            .ToList();
        var current = reader.CurrentBranch();
        if (current is not null && ours.Contains(current))
        {
            if (reader.CherryPickInProgress())
            {
                writer.AbortCherryPick();
                done.Add("stopped the cherry-pick in progress");
            }

            // Only the release's own branch is reset: its uncommitted edits are the release's, not the person's.
            writer.ResetHard("HEAD");
            writer.Switch(journal.Base);
        }

        foreach (var branch in ours)
        {
            writer.DeleteBranch(branch);
            done.Add($"deleted the branch {branch}");
            if (reader.RemoteRef(journal.Remote, "refs/heads/" + branch) is not null)
            {
                left.Add($"{journal.Remote} still has {branch} (git push {journal.Remote} --delete {branch})");
            }
        }

        var tagRef = "refs/tags/" + journal.Tag;
        if (reader.LocalTag(journal.Tag) is { } tag && Keep(journal, tagRef, tag, journal.Tag, left))
        {
            if (reader.RemoteRef(journal.Remote, tagRef) is null)
            {
                writer.DeleteTag(journal.Tag);
                done.Add($"deleted the unpushed tag {journal.Tag}");
            }
            else
            {
                left.Add($"{journal.Tag} is pushed, so it stays");
            }
        }

        store.Archive(journal, "aborted");
        done.Add("set the journal aside");
        return new AbortOutcome(journal.Tag, done, left);
    }

    // Whether a ref may go: the release made it and it is still where the release left it.
    private static bool Keep(ReleaseJournal journal, string refName, string pointsAt, string name, List<string> left)
    {
        if (journal.Owns(refName, pointsAt))
        {
            return true;
        }

        left.Add(journal.CreatedRefs.ContainsKey(refName)
            ? $"{name} moved since this release made it (it is at {pointsAt[..7]} now), so it stays"
            : $"{name} was not made by this release, so it stays");
        return false;
    }
}

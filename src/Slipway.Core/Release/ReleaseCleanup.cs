using Slipway.Core.Configuration;
using Slipway.Core.Release.Journal;
using Slipway.Core.Release.Steps;

namespace Slipway.Core.Release;

/// <summary>
/// What a finished release leaves: the person on the base branch, brought up to the remote's (the
/// release merged there), and none of the release's own branches, which are merged now. A branch
/// is removed only while it is the release's own and where the release left it.
/// </summary>
public static class ReleaseCleanup
{
    public static void Finish(ReleaseContext context)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        PostReleaseStep.ReturnToBase(context);
        var remoteBase = repository.Resolve(context.RemoteBase);
        foreach (var (branch, landed) in Branches(journal))
        {
            var refName = "refs/heads/" + branch;
            if (repository.Resolve(refName) is not { } tip || !journal.Owns(refName, tip))
            {
                continue;
            }

            if (landed(tip) || (remoteBase is not null && repository.IsAncestor(tip, remoteBase)))
            {
                repository.DeleteBranch(branch);
                journal.CreatedRefs.Remove(refName);
            }
        }

        context.SaveJournal();
    }

    // Each branch of the release, and when it counts as merged although its tip is not on the base:
    // after a squash merge, which the release found by the merged tree (the release branch), or
    // whose restored pins the remote's base holds (the follow-up branch).
    private static IEnumerable<(string Branch, Func<string, bool> Landed)> Branches(ReleaseJournal journal) =>
    [
        (journal.Branch, tip => tip == journal.Facts.ReleaseCommit && journal.Facts.MergeCommit is not null),
        .. FollowUpChange.Branches(journal).Select(f => (f.Branch, (Func<string, bool>)(_ => journal.Steps.Any(s => s.Name == f.Step && s.Status == StepStatus.Done)))),
    ];
}

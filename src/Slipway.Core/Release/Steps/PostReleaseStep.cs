using Slipway.Core.Configuration;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// After the tag, puts the pins back to their 'after' values (bpfman's "do another PR that changes
/// the tag back to latest"), as a <see cref="FollowUpChange"/>: a follow-up branch waited on until
/// merged, or a commit pushed straight to the base branch.
/// </summary>
public sealed class PostReleaseStep : IReleaseStep
{
    public string Name => StepNames.PostRelease;

    public static string BranchName(ReleaseJournal journal) => journal.Branch + "-post";

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => config.Release.Pins.Count > 0;

    public StepResult Run(ReleaseContext context) => new FollowUpChange(Name, BranchName(context.Journal), $"chore: restore pins after {context.Journal.Tag}",
        $"restores the pins after {context.Journal.Tag}", context.Settings.PostRelease,
        files => PinsStep.Plan(context, release: false, files), commit => context.Journal.Facts.PostCommit = commit).Run(context);

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
}

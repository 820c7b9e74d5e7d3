using Slipway.Core.Configuration;
using Slipway.Core.Forges;
using Slipway.Core.Git;

namespace Slipway.Core.Workspace.Run;

/// <summary>What an abort did to a hand-off, and what it left alone (and why).</summary>
public sealed record HandoffAbort(string Name, IReadOnlyList<string> Done, IReadOnlyList<string> Left);

/// <summary>
/// Undoes what a hand-off made, and only that: its pull request is closed, its branch deleted on the
/// fork's remote and in the clone, each only while the branch is at the commit Slipway recorded.
/// A branch someone pushed to since is theirs: it is left, and so is the pull request that now
/// carries their work; both are named. Every part checks first, so an abort that stopped runs again.
/// </summary>
internal sealed class HandoffUndo(HandoffRunner runner)
{
    public HandoffAbort Undo(HandoffSettings handoff, HandoffRecord record)
    {
        var (done, left) = (new List<string>(), new List<string>());
        if (record.Commit is not { } commit)
        {
            return new HandoffAbort(handoff.Name, done, left); // its branch is made only once its commit is recorded
        }

        var target = new GitRunner(handoff.Target.FullPath);
        var reader = new GitReader(target);
        var (remote, refName, mine) = (handoff.Target.Remote, "refs/heads/" + record.Branch, commit[..7]);
        var pushed = reader.RemoteRef(remote, refName);
        var moved = pushed is not null && pushed != commit;
        ClosePullRequest(handoff, record, moved, done, left);

        if (pushed == commit)
        {
            // The lease makes the delete conditional on the remote: a push that lands after the look above is kept.
            target.Check("push", "--quiet", $"--force-with-lease={refName}:{commit}", "--end-of-options", remote, ":" + refName);
            done.Add($"deleted {record.Branch} on {remote} of {handoff.Target.Path}");
        }
        else if (moved)
        {
            left.Add($"{record.Branch} on {remote} of {handoff.Target.Path}: it is at {pushed![..7]}, not at {mine} that Slipway pushed, so someone pushed to it; delete it yourself if it is not wanted (git push {remote} --delete {record.Branch})");
        }

        var local = reader.Resolve(refName);
        if (local == commit)
        {
            target.Check("update-ref", "-d", refName, commit);
            done.Add($"deleted the branch {record.Branch} in {handoff.Target.Path}");
        }
        else if (local is not null)
        {
            left.Add($"the branch {record.Branch} in {handoff.Target.Path}: it is at {local[..7]}, not at {mine} that Slipway made");
        }

        return new HandoffAbort(handoff.Name, done, left);
    }

    private void ClosePullRequest(HandoffSettings handoff, HandoffRecord record, bool moved, List<string> done, List<string> left)
    {
        var access = runner.Forge(handoff);
        if (access.Client is not { } client)
        {
            if (record.PullRequest is { } number)
            {
                left.Add($"pull request #{number} ({record.PullRequestUrl}): there is no forge token to close it ({access.CredentialsHint})");
            }

            return;
        }

        // Not recorded yet when the run stopped between opening it and saving the journal: it is the open one from the hand-off's branch.
        var pull = record.PullRequest is { } recorded
            ? client.PullRequest(recorded)
            : client.PullRequestsFrom(HandoffRunner.Head(handoff, record), handoff.Target.Base).FirstOrDefault(p => p.IsOpen);
        if (pull is null || pull.State == ForgeRequestState.Closed)
        {
            return;
        }

        if (pull.IsMerged)
        {
            left.Add($"pull request #{pull.Number} ({pull.WebUrl}): it is merged already; revert it in {handoff.Target.Repository} if the files must go");
        }
        else if (moved)
        {
            left.Add($"pull request #{pull.Number} ({pull.WebUrl}): its branch holds someone else's commits now; close it yourself if it is not wanted");
        }
        else
        {
            client.ClosePullRequest(pull.Number);
            done.Add($"closed pull request #{pull.Number} ({pull.WebUrl})");
        }
    }
}

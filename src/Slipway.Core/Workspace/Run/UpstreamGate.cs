using Slipway.Core.Configuration;
using Slipway.Core.Git;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Workspace.Run;

/// <summary>
/// When a downstream repository may start: every repository it depends on has pushed its tag to its
/// remote (asked of the remote itself, not of the journal), and has published its artifacts when its
/// release lists them. Until then the downstream has not changed at all.
/// </summary>
internal static class UpstreamGate
{
    /// <summary>What <paramref name="downstream"/> still waits for; null when it may start.</summary>
    public static string? WaitingFor(LoadedWorkspace workspace, WorkspaceMember downstream, WorkspaceJournal journal, Func<WorkspaceMember, ReleaseJournal?> releaseOf)
    {
        foreach (var upstream in downstream.Upstreams.Select(name => workspace[name]))
        {
            var record = journal.Member(upstream.Name);
            if (record.State == MemberState.Released)
            {
                continue;
            }

            if (record.State != MemberState.Releasing || new GitReader(new GitRunner(upstream.Directory)).RemoteRef(upstream.Remote, "refs/tags/" + record.Tag) is null)
            {
                return $"{upstream.Name}'s tag {record.Tag} on its remote '{upstream.Remote}'";
            }

            if (releaseOf(upstream)?.Steps.FirstOrDefault(s => s.Name == StepNames.Artifacts) is { Status: not (StepStatus.Done or StepStatus.Skipped) })
            {
                return $"{upstream.Name}'s artifacts of {record.Tag} to be published";
            }
        }

        return null;
    }
}

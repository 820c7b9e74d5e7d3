using Slipway.Core.Release;
using Slipway.Core.Release.Journal;
using Slipway.Core.Versioning;

namespace Slipway.Core.Workspace.Run;

/// <summary>
/// One pass over the workspace in release order: a repository whose upstreams are not tagged yet
/// waits (nothing in it changes); one whose upstreams are starts its release, or continues it where it
/// stopped; a hand-off runs once the release it follows is done. Repositories that do not depend on
/// each other each go as far as they can in the same pass. The workspace journal is saved before
/// each repository starts and after each one stops, so a kill anywhere resumes from the journals.
/// </summary>
internal sealed class WorkspaceAdvancer(
    LoadedWorkspace workspace, WorkspaceMembers members, WorkspaceJournalStore store, HandoffRunner handoffs, Func<string, IReleaseObserver> observers)
{
    public WorkspaceOutcome Run(WorkspaceJournal journal, IReadOnlyDictionary<string, ReleaseJournal>? prepared)
    {
        var versions = journal.Repositories.ToDictionary(r => r.Name, r => r.Version, StringComparer.Ordinal);
        foreach (var member in workspace.Order)
        {
            var record = journal.Member(member.Name);
            if (record.State != MemberState.Released)
            {
                Advance(member, record, journal, versions, prepared);
            }
        }

        foreach (var handoff in workspace.Settings.Handoffs)
        {
            var record = journal.Handoff(handoff.Name);
            var from = journal.Member(handoff.From.Name);
            if (record.State != HandoffState.Merged && from.State == MemberState.Released)
            {
                handoffs.Advance(handoff, record, from, () => store.Save(journal));
            }
            else if (record.State == HandoffState.Pending)
            {
                record.Waiting = $"the release of {from.Name} {from.Tag}";
            }
        }

        store.Save(journal);
        return new WorkspaceOutcome(journal);
    }

    private void Advance(WorkspaceMember member, MemberRecord record, WorkspaceJournal journal, Dictionary<string, string> versions, IReadOnlyDictionary<string, ReleaseJournal>? prepared)
    {
        var release = members.Journal(member, record);
        if (release is null)
        {
            if (UpstreamGate.WaitingFor(workspace, member, journal, upstream => members.Journal(upstream, journal.Member(upstream.Name))) is { } waiting)
            {
                (record.State, record.Waiting) = (MemberState.WaitingForUpstream, waiting);
                store.Save(journal);
                return;
            }

            // Recorded before it starts: a kill from here on finds the repository's own journal, or none (and starts it again).
            (record.State, record.Waiting) = (MemberState.Releasing, null);
            store.Save(journal);
            var fresh = prepared?.GetValueOrDefault(member.Name) ?? members.Fresh(member, record.Version, versions);
            Record(record, members.Service(member).Start(fresh, observers(member.Name)), journal);
            return;
        }

        // A finished release may still have its cleanup to do (killed between its last step and its cleanup).
        Record(record, release.IsFinished
            ? members.Service(member).Finished(release, observers(member.Name))
            : members.Service(member).Resume(SemVersion.Parse(record.Version), observers(member.Name)), journal);
    }

    private void Record(MemberRecord record, ReleaseOutcome outcome, WorkspaceJournal journal)
    {
        (record.State, record.Waiting) = outcome.Completed
            ? (MemberState.Released, null)
            : (MemberState.Releasing, $"{outcome.WaitingAt}: {outcome.Reason}");
        store.Save(journal);
    }
}

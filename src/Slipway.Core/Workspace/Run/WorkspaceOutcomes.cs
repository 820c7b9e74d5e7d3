using Slipway.Core.Diagnostics;
using Slipway.Core.Release;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Workspace.Run;

/// <summary>A workspace release checked but not started: its journal and every repository's release, in order.</summary>
public sealed record WorkspacePlan(WorkspaceJournal Journal, IReadOnlyList<PlannedRelease> Releases);

public sealed record PlannedRelease(WorkspaceMember Member, ReleaseJournal Journal);

/// <summary>Where a run stopped: everything released and handed off, or what each unfinished part waits for (in the journal).</summary>
public sealed record WorkspaceOutcome(WorkspaceJournal Journal)
{
    public bool Completed => Journal.IsFinished;
}

/// <summary>What a workspace release would do, repository by repository, then each hand-off; <see cref="Failure"/> is where the real run would fail.</summary>
public sealed record WorkspaceRehearsal(string Name, IReadOnlyList<MemberRehearsal> Releases, IReadOnlyList<HandoffPlan> Handoffs, SlipwayException? Failure);

public sealed record MemberRehearsal(string Repository, IReadOnlyList<string> Upstreams, ReleaseRehearsal Rehearsal);

/// <summary>A hand-off as the plan shows it: the copies, the branch, and the pull request it would open.</summary>
public sealed record HandoffPlan(string Name, string From, string Target, string Branch, string Remote, string Repository, string Base, string Title, IReadOnlyList<(string From, string To)> Copies);

/// <summary>Every repository of the workspace release in one view: its part, and its own release journal once it has one.</summary>
public sealed record WorkspaceStatus(WorkspaceJournal Journal, IReadOnlyList<MemberStatus> Repositories);

public sealed record MemberStatus(MemberRecord Record, ReleaseJournal? Release);

/// <summary>What an abort did: the releases it undid (their own refs only), the ones it kept (released), and what it undid and left of each unmerged hand-off.</summary>
public sealed record WorkspaceAbortOutcome(WorkspaceJournal Journal, IReadOnlyList<(string Repository, AbortOutcome Outcome)> Aborted, IReadOnlyList<string> Released, IReadOnlyList<HandoffAbort> Handoffs);

using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Forges;
using Slipway.Core.Hosting;
using Slipway.Core.Release;

namespace Slipway.Core.Workspace.Run;

/// <summary>
/// The one home of a workspace release: several repositories released in dependency order, each by
/// its own release service and journal, with a workspace journal for what only the workspace knows.
/// Every repository passes preflight before any changes; a downstream repository starts only once
/// its upstreams' tags are on their remotes (until then it waits, resumably); hand-offs run after
/// the release they follow. It returns outcomes; the CLI renders them.
/// </summary>
public sealed class WorkspaceRelease(LoadedWorkspace workspace, RunHost host, ForgeOpener forge)
{
    private readonly WorkspaceJournalStore _store = new(workspace);
    private readonly WorkspaceMembers _members = new(workspace, host, forge);

    public LoadedWorkspace Workspace => workspace;

    /// <summary>The release of every repository, checked (one version, or each its own) but not started.</summary>
    /// <exception cref="SlipwayException">A workspace release is in progress (SW370), the request does not fit the workspace (SW201), or a repository refuses the release (SW107, SW313…).</exception>
    public WorkspacePlan Prepare(WorkspaceRequest request)
    {
        RefuseIfInProgress();

        var targets = request.For(workspace);
        var releases = new List<PlannedRelease>();
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in workspace.Order)
        {
            var shared = workspace.Settings.Version == WorkspaceVersionMode.Shared && releases.Count > 0;
            var journal = _members.Fresh(member, shared ? releases[0].Journal.Version.ToString() : targets[member.Name], versions, request.AllowEmpty);
            versions[member.Name] = journal.Version.ToString();
            releases.Add(new PlannedRelease(member, journal));
        }

        var record = new WorkspaceJournal
        {
            Name = WorkspaceJournal.NameFor(releases.Select(r => (r.Member.Name, r.Journal.Version.ToString())).ToList()),
            Created = DateTimeOffset.UtcNow,
            Repositories = releases.Select(r => new MemberRecord { Name = r.Member.Name, Version = r.Journal.Version.ToString(), Tag = r.Journal.Tag }).ToList(),
        };
        record.Handoffs = workspace.Settings.Handoffs
            .Select(h => new HandoffRecord { Name = h.Name, Branch = h.Branch.Render(HandoffRunner.Values(record.Member(h.From.Name))) })
            .ToList();
        return new WorkspacePlan(record, releases);
    }

    /// <summary>Every repository's preflight, before anything changes in any: all of them refused at once.</summary>
    /// <exception cref="SlipwayException">The first refusal's kind, with every repository's refusal as details.</exception>
    public void Preflight(WorkspacePlan plan)
    {
        var refusals = new List<(string Repository, SlipwayException Error)>();
        foreach (var release in plan.Releases)
        {
            try
            {
                _members.Service(release.Member).Preflight(release.Journal);
            }
            catch (SlipwayException e)
            {
                refusals.Add((release.Member.Name, e));
            }
        }

        if (refusals.Count > 0)
        {
            var (name, first) = refusals[0];
            var details = refusals.SelectMany(r => new[] { $"{r.Repository}: {r.Error.Message}" }.Concat(r.Error.Details.Select(d => "  " + d))).ToList();
            var count = refusals.Count == 1 ? $"{name} cannot be released" : $"{refusals.Count} repositories cannot be released";
            throw new SlipwayException(first.Kind, $"{count}, so nothing was changed in any: {name}: {first.Message}", first.Hint, details);
        }
    }

    /// <summary>Starts a prepared workspace release: every repository's preflight first (<see cref="Preflight"/>), then as far as it goes.</summary>
    /// <exception cref="SlipwayException">Another workspace command runs (SW374), or one started a workspace release since this one was prepared (SW370).</exception>
    public WorkspaceOutcome Start(WorkspacePlan plan, Func<string, IReleaseObserver> observers)
    {
        using var gate = Lock("release");
        RefuseIfInProgress(); // again under the lock: another release may have started since Prepare
        Preflight(plan);
        _store.Save(plan.Journal);
        return Advancer(observers).Run(plan.Journal, plan.Releases.ToDictionary(r => r.Member.Name, r => r.Journal, StringComparer.Ordinal));
    }

    /// <summary>Continues every repository wherever it stopped, and starts the ones whose upstreams are now tagged.</summary>
    public WorkspaceOutcome Resume(Func<string, IReleaseObserver> observers)
    {
        using var gate = Lock("resume");
        return Advancer(observers).Run(InProgress(), null);
    }

    /// <summary>Marks a hand-off's pull request merged by a person (there was no forge token), and continues.</summary>
    public WorkspaceOutcome MarkDone(string handoff, Func<string, IReleaseObserver> observers)
    {
        using var gate = Lock("done " + handoff);
        var journal = InProgress();
        var record = journal.Handoffs.FirstOrDefault(h => h.Name == handoff)
            ?? throw new SlipwayException(Errors.Usage, $"'{handoff}' is not a hand-off of this workspace", $"hand-offs: {string.Join(", ", journal.Handoffs.Select(h => h.Name).DefaultIfEmpty("none"))}");
        if (record.State != HandoffState.Proposed)
        {
            throw new SlipwayException(Errors.Usage, $"hand-off {handoff} is {record.State.ToString().ToLowerInvariant()}, not waiting for a person", "run 'slipway status' to see what it waits for");
        }

        (record.State, record.Waiting) = (HandoffState.Merged, "marked merged by a person");
        _store.Save(journal);
        return Advancer(observers).Run(journal, null); // the journal itself: with the last hand-off marked, it may be finished now
    }

    /// <summary>The whole plan, repository by repository (each by its own release's dry run), then the hand-offs.</summary>
    public WorkspaceRehearsal DryRun(WorkspacePlan plan)
    {
        var rehearsals = new List<MemberRehearsal>();
        foreach (var release in plan.Releases)
        {
            var rehearsal = _members.Service(release.Member, rehearsal: true).DryRun(release.Journal);
            rehearsals.Add(new MemberRehearsal(release.Member.Name, release.Member.Upstreams, rehearsal));
            if (rehearsal.Failure is { } failure)
            {
                return new WorkspaceRehearsal(plan.Journal.Name, rehearsals, [], failure);
            }
        }

        var handoffs = workspace.Settings.Handoffs.Select(h =>
        {
            var values = HandoffRunner.Values(plan.Journal.Member(h.From.Name));
            var target = h.Target;
            return new HandoffPlan(h.Name, h.From.Name, target.Path, plan.Journal.Handoff(h.Name).Branch, target.Remote, target.Repository, target.Base,
                h.PullRequestTitle.Render(values), HandoffCommit.Paths(h, values).ToList());
        }).ToList();
        return new WorkspaceRehearsal(plan.Journal.Name, rehearsals, handoffs, null);
    }

    /// <summary>Every repository in one view: the workspace release in progress, else the last one.</summary>
    public WorkspaceStatus Status()
    {
        var journal = _store.InProgress() ?? (_store.All() is { Count: > 0 } all ? all[^1] : null)
            ?? throw new SlipwayException(Errors.NoWorkspaceRelease, "no workspace release was made in these repositories", "start one with 'slipway release VERSION'");
        return new WorkspaceStatus(journal, journal.Repositories.Select(r => new MemberStatus(r, _members.Journal(workspace[r.Name], r))).ToList());
    }

    /// <summary>
    /// Undoes what the run made and is not finished: each unmerged hand-off (its pull request, its
    /// branch on the remote and in the clone, while at Slipway's commit), first, as it talks to the
    /// remote and the forge and so is the likeliest to fail; then the unfinished repositories' releases
    /// (each only its own refs). Released repositories stay released.
    /// </summary>
    /// <exception cref="SlipwayException">Another workspace command runs (SW374), or a remote or the forge cannot be reached (nothing archived: abort again).</exception>
    public WorkspaceAbortOutcome Abort()
    {
        using var gate = Lock("abort");
        var journal = InProgress();
        var undo = new HandoffUndo(new HandoffRunner(workspace, host, forge));
        var handoffs = workspace.Settings.Handoffs
            .Where(h => journal.Handoff(h.Name).State != HandoffState.Merged)
            .Select(h => undo.Undo(h, journal.Handoff(h.Name)))
            .ToList();
        var aborted = new List<(string, AbortOutcome)>();
        foreach (var record in journal.Repositories.AsEnumerable().Reverse().Where(r => r.State == MemberState.Releasing))
        {
            var member = workspace[record.Name];
            if (_members.Journal(member, record) is { IsFinished: false } release)
            {
                aborted.Add((record.Name, _members.Service(member).Abort(release)));
            }
        }

        _store.Archive(journal, "aborted");
        return new WorkspaceAbortOutcome(journal, aborted, journal.Repositories.Where(r => r.State == MemberState.Released).Select(r => r.Name).ToList(), handoffs);
    }

    private WorkspaceLock Lock(string command) => WorkspaceLock.Acquire(_store.Directories, command);

    private void RefuseIfInProgress()
    {
        if (_store.InProgress() is { } open)
        {
            throw new SlipwayException(Errors.WorkspaceReleaseInProgress, $"the workspace release {open.Name} is in progress",
                "finish it (slipway resume) or drop it (slipway abort) first");
        }
    }

    private WorkspaceJournal InProgress() => _store.InProgress()
        ?? throw new SlipwayException(Errors.NoWorkspaceRelease, "no workspace release is in progress", "start one with 'slipway release VERSION'");

    private WorkspaceAdvancer Advancer(Func<string, IReleaseObserver> observers) => new(workspace, _members, _store, new HandoffRunner(workspace, host, forge), observers);
}

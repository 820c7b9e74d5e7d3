using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;
using Slipway.Core.Forges;
using Slipway.Core.Git;
using Slipway.Core.Hosting;
using Slipway.Core.Planning;
using Slipway.Core.Release.Journal;
using Slipway.Core.Release.Steps;
using Slipway.Core.Release.Views;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release;

/// <summary>
/// The one home of the release procedure: start (and its dry run), resume, mark done, abort, retag,
/// tag and status. It holds the repository's write lock while it writes, keeps one release in
/// progress at a time, makes every journal write, and runs every git call of the procedure through
/// the steps and their repository view. It returns outcomes; the CLI renders them.
/// </summary>
public sealed class ReleaseService(SlipwayConfig config, GitRunner git, RunHost host, ForgeOpener forge)
{
    private readonly ReleaseJournals _journals = new(config, git);

    private JournalStore Store => _journals.Store;

    /// <summary>In a workspace release, what plans the edits that follow upstream repositories (the follow step).</summary>
    public IUpstreamFollower? Upstreams { get; init; }

    /// <summary>The release a request asks for, checked but not started (the CLI may ask for confirmation).</summary>
    public ReleaseJournal Prepare(ReleaseRequest request)
    {
        var journal = ReleaseStarter.Create(config, git, request);
        _journals.RequireNoOther(journal);
        if (!request.AllowEmpty && journal.Kind != ReleaseKind.Patch && journal.PreviousTag is { } previous
            && new TargetVersion(config, git).ChangesSince(journal.Version, previous, "HEAD") == 0)
        {
            throw new SlipwayException(Errors.NothingToRelease, $"nothing to release: no change since {previous}",
                "release anyway with --allow-empty (a rebuild, a re-tag of the same code)");
        }

        return journal;
    }

    /// <summary>Runs a prepared release from its first step; stops where it must wait.</summary>
    public ReleaseOutcome Start(ReleaseJournal journal, IReleaseObserver observer)
    {
        using var held = Lock("release");
        _journals.RequireNoOther(journal);
        return Run(journal, observer);
    }

    /// <summary>What the release would do, computed by its own steps against a view that records instead of writing.</summary>
    public ReleaseRehearsal DryRun(ReleaseJournal journal)
    {
        var observer = new RehearsalObserver();
        ReleaseContext? context = null;
        using var repository = new RecordingRepository(git, action => context!.Report(action));
        context = Context(journal, repository, new RecordingWorld(repository, action => context!.Report(action)), observer, send: false);
        try
        {
            new ReleaseRunner(context, UnsavedJournal.Instance).Run();
            return new ReleaseRehearsal(journal, observer.Steps, null, repository.MadeUp);
        }
        catch (SlipwayException e)
        {
            return new ReleaseRehearsal(journal, observer.Steps, e, repository.MadeUp);
        }
    }

    /// <summary>
    /// The release's preflight alone, against the repository itself (preflight only reads, and
    /// fetches), with the journal neither saved nor kept: a workspace checks every repository this way
    /// before it changes any.
    /// </summary>
    /// <exception cref="SlipwayException">What preflight refuses (a dirty tree, a wrong branch, a tag that exists…).</exception>
    public void Preflight(ReleaseJournal journal) => new Steps.PreflightStep().Run(Live(journal, SilentObserver.Instance));

    /// <summary>Continues the release in progress from its first step not yet done.</summary>
    /// <param name="acceptConfigChange">Go on although slipway.yaml changed since the release began (the change is recorded).</param>
    public ReleaseOutcome Resume(SemVersion? version, IReleaseObserver observer, bool acceptConfigChange = false)
    {
        using var held = Lock("release");
        if (version is null && _journals.FinishedWithCleanupLeft() is { } finished)
        {
            return Run(finished, observer);
        }

        return Run(Pinned(InProgress(version), acceptConfigChange), observer);
    }

    /// <summary>
    /// A release its journal records as finished, as a workspace finds it: run again when its cleanup
    /// was left (killed between its last step and its cleanup: <see cref="ReleaseJournals.CleanupLeft"/>),
    /// which does only the cleanup; else its outcome as it stands.
    /// </summary>
    public ReleaseOutcome Finished(ReleaseJournal finished, IReleaseObserver observer)
    {
        using var held = Lock("release");
        return _journals.CleanupLeft(finished) ? Run(finished, observer) : new ReleaseOutcome(finished, true, null, null);
    }

    /// <summary>Marks a manual step done (a person did it), and continues.</summary>
    public ReleaseOutcome MarkDone(string step, SemVersion? version, IReleaseObserver observer, bool acceptConfigChange = false)
    {
        using var held = Lock("release");
        var journal = Pinned(InProgress(version), acceptConfigChange);
        var manual = config.Release.Steps.Select(s => s.Name).ToList();
        if (!manual.Contains(step))
        {
            throw new SlipwayException(Errors.Usage, $"'{step}' is not a manual step of this release",
                manual.Count == 0 ? "slipway.yaml defines no manual steps" : $"manual steps: {string.Join(", ", manual)}; an automated step that cannot be done can be skipped with 'slipway skip {step} --reason TEXT'");
        }

        if (!journal.Marked.Contains(step))
        {
            journal.Marked.Add(step);
            Store.Save(journal);
        }

        return Run(journal, observer);
    }

    /// <summary>
    /// Passes over a step of the release in progress that cannot be done (a command that cannot run
    /// here), recording the reason and the time in the journal, and continues. Steps the release
    /// stands on are refused (<see cref="Steps.IReleaseStep.WhyNotSkippable"/>).
    /// </summary>
    public ReleaseOutcome Skip(string step, string reason, SemVersion? version, IReleaseObserver observer, bool acceptConfigChange = false)
    {
        using var held = Lock("release");
        var journal = Pinned(InProgress(version), acceptConfigChange);
        StepSkipper.Skip(config, journal, step, reason, host.Now());
        Store.Save(journal);
        return Run(journal, observer);
    }

    /// <summary>The release in progress: the only unfinished one, or the one of <paramref name="version"/>.</summary>
    public ReleaseJournal InProgress(SemVersion? version) => _journals.InProgress(version);

    /// <summary>The release in progress (or the one named), else the last one finished.</summary>
    public ReleaseStatus Status(SemVersion? version) => _journals.Status(version);

    /// <summary>Undoes the local work of an unfinished release (only the refs it made) and sets its journal aside.</summary>
    public AbortOutcome Abort(ReleaseJournal journal)
    {
        using var held = Lock("abort");
        return ReleaseAborter.Abort(new GitReader(git), new GitWriter(git), journal, Store);
    }

    public RetagProposal PrepareRetag(SemVersion? version, string? commit) =>
        new ReleaseTagger(Live(Adhoc(version), SilentObserver.Instance), git).PrepareRetag(_journals.Latest(version) is not null, commit);

    /// <summary>Moves the tag (locally and on the remote) to the proposal's verified commit, and records it in the release's journal.</summary>
    public RetagOutcome Retag(RetagProposal proposal)
    {
        using var held = Lock("retag");
        var context = Live(proposal.Journal, SilentObserver.Instance);
        context.SaveJournal = () => { if (proposal.Journaled) { Store.Save(proposal.Journal); } };
        return new ReleaseTagger(context, git).Retag(proposal);
    }

    /// <summary>Tags <paramref name="commit"/> for <paramref name="version"/> after verifying its tree, and pushes the tag when asked.</summary>
    public TagOutcome Tag(SemVersion version, string commit, bool push)
    {
        using var held = Lock("tag");
        return new ReleaseTagger(Live(Adhoc(version), SilentObserver.Instance), git).Tag(commit, push);
    }

    // The plan is pinned to the configuration the release began with (see PinnedPlan).
    private ReleaseJournal Pinned(ReleaseJournal journal, bool accept)
    {
        if (PinnedPlan.Check(config, journal, accept, host.Now()))
        {
            Store.Save(journal);
        }

        return journal;
    }

    private ReleaseOutcome Run(ReleaseJournal journal, IReleaseObserver observer)
    {
        try
        {
            return new ReleaseRunner(Live(journal, observer), Store).Run();
        }
        catch (SlipwayException) when (StepCatalog.RefusedByChecks(journal.Steps))
        {
            // Refused by its checks (preflight, the API gate), before anything was touched: a finished attempt that blocks no other release.
            Store.Archive(journal, "refused");
            throw;
        }
    }

    // The release a retag or a tag is about: the named version's journal, else the latest one, else one made up (never saved).
    private ReleaseJournal Adhoc(SemVersion? version) => _journals.Latest(version) ?? ReleaseTagger.Adhoc(config, version
        ?? ReleaseTagger.ReferencedVersion(config) ?? throw new SlipwayException(Errors.Usage, "name the release with --version"));

    private ReleaseContext Live(ReleaseJournal journal, IReleaseObserver observer)
    {
        ReleaseContext? context = null;
        var repository = new LiveRepository(config, git, action => context!.Report(action));
        context = Context(journal, repository, new LiveWorld(config, git, host, action => context!.Report(action)), observer, send: true);
        return context;
    }

    private ReleaseContext Context(ReleaseJournal journal, IReleaseRepository repository, IReleaseWorld world, IReleaseObserver observer, bool send)
    {
        ReleaseContext? context = null;
        var access = forge(config, git, host).Through(client => new ForgeRecorder(client, send, action => context!.Report(action)));
        context = new ReleaseContext(config, journal, repository, world, observer) { Forge = access, Host = host, Upstreams = Upstreams };
        return context;
    }

    // The lock and, under it, a write a killed command left settled before anything is read (the CLI
    // settled and reported it when it opened the repository; this covers a kill in between), and the
    // temporary file of a journal save a kill interrupted removed.
    private WriteAccess Lock(string command)
    {
        var access = RepositoryAccess.ForWriting(config.Root, command);
        Store.DiscardInterruptedSaves();
        return access;
    }
}

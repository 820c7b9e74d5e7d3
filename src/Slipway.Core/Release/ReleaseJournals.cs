using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Git;
using Slipway.Core.Release.Journal;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release;

/// <summary>
/// The journals of a repository and the one-release rule: one release in progress at a time, never a
/// second journal for a version, and which release a command without --version is about. Journals
/// an older build wrote are read as the current format, their refs inferred once.
/// </summary>
public sealed class ReleaseJournals(SlipwayConfig config, GitRunner git)
{
    public JournalStore Store { get; } = new(Files.StateDirectory.For(config.Root));

    /// <summary>Refuses a release whose version has a journal already, or while another is in progress.</summary>
    public void RequireNoOther(ReleaseJournal journal)
    {
        if (Load(journal.Tag) is { } existing)
        {
            throw existing.IsFinished
                ? new SlipwayException(Errors.TagExists, $"{existing.Tag} was already released", "release a newer version")
                : new SlipwayException(Errors.ReleaseInProgress, $"the release of {existing.Tag} is in progress", "run 'slipway resume' to continue it, or 'slipway abort' to drop it");
        }

        if (All().FirstOrDefault(j => !j.IsFinished) is { } other)
        {
            throw new SlipwayException(Errors.ReleaseInProgress, $"the release of {other.Tag} is in progress", $"finish it (slipway resume) or drop it (slipway abort --version {other.Version}) first");
        }
    }

    /// <summary>The release in progress: the only unfinished one, or the one of <paramref name="version"/>.</summary>
    public ReleaseJournal InProgress(SemVersion? version)
    {
        if (version is not null)
        {
            var tag = config.Tag.TagFor(version);
            return Load(tag) ?? throw new SlipwayException(Errors.NoRelease, $"there is no release journal for {tag}", "start one with 'slipway release VERSION'");
        }

        var all = All();
        var open = all.Where(j => !j.IsFinished).ToList();
        return open.Count switch
        {
            1 => open[0],
            0 => throw NoneInProgress(all),
            _ => throw new SlipwayException(Errors.Usage, $"{open.Count} releases are in progress ({string.Join(", ", open.Select(j => j.Tag))}); name one with --version"),
        };
    }

    /// <summary>
    /// When no release is in progress: the last one, if its cleanup was left (<see cref="CleanupLeft"/>).
    /// Running it again does only that cleanup.
    /// </summary>
    public ReleaseJournal? FinishedWithCleanupLeft()
    {
        var all = All();
        return all.Count == 0 || all.Any(j => !j.IsFinished) || !CleanupLeft(all[^1]) ? null : all[^1];
    }

    /// <summary>
    /// Whether a finished release still holds a branch it made, where it left it: its last step was
    /// recorded and the command was killed before the cleanup that follows (found by the full kill
    /// sweep: the merged release branches stayed for good, since a finished release was never run again).
    /// </summary>
    public bool CleanupLeft(ReleaseJournal finished)
    {
        var reader = new GitReader(git);
        return finished.IsFinished && finished.CreatedRefs.Any(r => r.Key.StartsWith("refs/heads/", StringComparison.Ordinal) && finished.Owns(r.Key, reader.Resolve(r.Key)));
    }

    // A command killed just as it finished a release never printed so: say that it is finished,
    // rather than only suggest starting one.
    private static SlipwayException NoneInProgress(IReadOnlyList<ReleaseJournal> all) =>
        all.LastOrDefault(j => j.IsFinished) is { } last
            ? new(Errors.NoRelease, $"no release is in progress: the last one, {last.Tag}, is finished", "start the next one with 'slipway release VERSION'")
            : new(Errors.NoRelease, "no release is in progress", "start one with 'slipway release VERSION'");

    /// <summary>The release in progress (or the one named), else the last one finished.</summary>
    public ReleaseStatus Status(SemVersion? version)
    {
        if (version is not null || All().Any(j => !j.IsFinished))
        {
            var journal = InProgress(version);
            return new ReleaseStatus(journal, !journal.IsFinished);
        }

        return All().LastOrDefault(j => j.IsFinished) is { } last
            ? new ReleaseStatus(last, InProgress: false)
            : throw new SlipwayException(Errors.NoRelease, "no release is in progress, and none was made here", "start one with 'slipway release VERSION'");
    }

    /// <summary>The journal of <paramref name="version"/>, else the latest one; null when there is none.</summary>
    public ReleaseJournal? Latest(SemVersion? version) => version is not null ? Load(config.Tag.TagFor(version)) : All() is { Count: > 0 } all ? all[^1] : null;

    public IReadOnlyList<ReleaseJournal> All() => Store.All().Select(Upgraded).ToList();

    public ReleaseJournal? Load(string tag) => Store.Load(tag) is { } journal ? Upgraded(journal) : null;

    // A journal an older build wrote records no refs: infer them once from the repository, as the release left them.
    private ReleaseJournal Upgraded(ReleaseJournal journal)
    {
        if (journal.MigratedFrom is not null)
        {
            var reader = new GitReader(git);
            JournalMigration.Infer(journal, reader.Resolve, reader.LocalTag);
            journal.MigratedFrom = null;
        }

        return journal;
    }
}

using Slipway.Core.Git;
using Slipway.Core.History;

namespace Slipway.Core.Notes;

/// <summary>
/// Reads the commits of a range and settles its start. A candidate previous release is an ancestor
/// of the end exactly when one of the commits after it has it as a parent, and git log prints every
/// parent anyway, so the ancestry check costs no git call of its own; only when the greatest
/// candidate is not an ancestor (a tag on another branch) is the next one read, and past the first
/// few git is asked which of the rest the end reaches (<see cref="ReachedReleases"/>).
/// </summary>
public static class HistoryRange
{
    public static (ReleaseRange Range, CommitLog Commits) Read(GitRunner git, ReleaseRange range, ChangeCollector? collector = null, TextWanted? keepText = null)
    {
        foreach (var candidate in range.PreviousCandidates.Take(ReachedReleases.CheckedOneByOne))
        {
            // Checked as commits stream in: the collector may let most of them go.
            var ancestor = false;
            collector?.Restart();
            var commits = HistoryReader.Read(git, candidate.Tag, range.To, (in CommitRecord commit) =>
            {
                ancestor |= commit.Parents.Contains(candidate.Commit);
                return collector?.Prepare(in commit) ?? true;
            }, keepText);
            if (ancestor)
            {
                return (range.WithPrevious(candidate), commits);
            }

            if (commits.Total == 0 && new GitReader(git).IsAncestor(candidate.Tag, range.To))
            {
                return (range.WithPrevious(candidate), commits); // the end is the previous release itself: nothing new
            }
        }

        if (ReachedReleases.FirstAfterChecked(git, range.PreviousCandidates, range.To) is { } previous)
        {
            collector?.Restart();
            return (range.WithPrevious(previous), HistoryReader.Read(git, previous.Tag, range.To, collector is null ? null : collector.Prepare, keepText));
        }

        var candidates = range.PreviousCandidates.Count;
        collector?.Restart();
        return (range with { PreviousCandidates = [] }, HistoryReader.Read(git, candidates > 0 || range.From is null ? null : range.From, range.To, collector is null ? null : collector.Prepare, keepText));
    }
}

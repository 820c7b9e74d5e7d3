using Slipway.Core.Git;
using Slipway.Core.History;

namespace Slipway.Core.Notes;

/// <summary>
/// Reads the commits of a range and settles its start. A candidate previous release is an ancestor
/// of the end exactly when one of the commits after it has it as a parent, and git log prints every
/// parent anyway, so the ancestry check costs no git call of its own; only when the greatest
/// candidate is not an ancestor (a tag on another branch) is the next one read.
/// </summary>
public static class HistoryRange
{
    public static (ReleaseRange Range, CommitLog Commits) Read(GitRunner git, ReleaseRange range, ChangeCollector? collector = null, Func<Versioning.ConventionalCommit?, bool, bool>? keepText = null)
    {
        Action<Commit, int>? prepare = collector is null ? null : collector.Prepare;
        foreach (var candidate in range.PreviousCandidates)
        {
            var commits = HistoryReader.Read(git, candidate.Tag, range.To, prepare, keepText);
            if (commits.Commits.Any(c => c.Parents.Contains(candidate.Commit)))
            {
                return (range.WithPrevious(candidate), commits);
            }

            if (commits.Count == 0 && git.Run("merge-base", "--is-ancestor", candidate.Tag, range.To).Succeeded)
            {
                return (range.WithPrevious(candidate), commits); // the end is the previous release itself: nothing new
            }
        }

        var candidates = range.PreviousCandidates.Count;
        return (range with { PreviousCandidates = [] }, HistoryReader.Read(git, candidates > 0 || range.From is null ? null : range.From, range.To, prepare, keepText));
    }
}

using Slipway.Core.Git;
using Slipway.Core.History;

namespace Slipway.Core.Notes;

/// <summary>
/// Reads a range that spans several releases in segments at once: one <c>git log</c> per segment,
/// split at release tags, each streamed into a collector of its own on a thread of its own. git walks
/// a history on one core, and on a long range that walk is most of the time the notes take; split,
/// the walks overlap on a machine with more than one core. The changes are exactly one read's: each
/// segment ends where the next older one starts, a split counts only when it is on the range's main
/// line (checked after the reads; a release tagged off it is replaced by the main line's commit
/// nearest it, and read again), and a pull request met in several segments is listed once, at its
/// oldest, as one read lists it.
/// </summary>
public static class SegmentedHistory
{
    /// <summary>Fewer releases than this inside a range are not worth a process each: one log reads them.</summary>
    public const int MinimumReleases = 4;

    /// <summary>One segment per core, up to four: each segment is a git process and a reader thread.</summary>
    public static int DefaultSegments => Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// The range's commit counts and its changes, oldest first; null when the range is not worth
    /// splitting, or when no split on its main line was found: then only one read of the whole range
    /// gives its changes.
    /// </summary>
    /// <param name="newCollector">Makes the collector of one segment (collectors keep the state of one read).</param>
    public static (CommitLog Log, IReadOnlyList<ChangeModel> Changes)? TryRead(GitRunner git, ReleaseRange range, int segments, Func<ChangeCollector> newCollector, TextWanted? keepText)
    {
        var splits = SplitPoints(git, range, segments);
        if (splits.Count == 0)
        {
            return null;
        }

        var read = Read(git, range, splits, newCollector, keepText);
        if (OnMainLine(read, splits))
        {
            return Combine(read);
        }

        // A release tagged off the main line (on a release branch, or a version commit merged in from
        // one). The newest segment followed the main line from the range's end until it met that tag's
        // history: the commit it met is on the main line, and near the tag, so it splits the range as
        // evenly. One more read in segments costs about what a read of the whole range would.
        if (read[^1].Collector.MainlineBoundary is not { } met)
        {
            return null;
        }

        read = Read(git, range, [met], newCollector, keepText);
        return OnMainLine(read, [met]) ? Combine(read) : null;
    }

    // Segment i ends at split i (the last at the range's end) and starts after split i - 1; each is
    // read on a thread of its own.
    private static Segment[] Read(GitRunner git, ReleaseRange range, List<CommitId> splits, Func<ChangeCollector> newCollector, TextWanted? keepText)
    {
        IReadOnlyList<string> outside = range.From is null ? [] : [range.From];
        var reads = new Task<Segment>[splits.Count + 1];
        for (var i = 0; i < reads.Length; i++)
        {
            var end = i < splits.Count ? splits[i].ToString() : range.To;
            IReadOnlyList<string> excluded = i == 0 ? outside : [splits[i - 1].ToString(), .. outside];
            reads[i] = Task.Run(() =>
            {
                var collector = newCollector();
                var log = HistoryReader.Read(git, end, excluded, collector.Prepare, keepText);
                // Only the counts of the log are kept: its commits are done with once collected.
                return new Segment(log.Total, log.NewestTimestamp, collector, collector.Collect(log));
            });
        }

        // WhenAll rethrows a failed read's own exception (a git error keeps its code), after every read has ended.
        return Task.WhenAll(reads).GetAwaiter().GetResult();
    }

    // Each segment's main line, followed from its end, left it exactly at the split below it: the
    // splits are on the range's main line, and the segments are one read's.
    private static bool OnMainLine(Segment[] read, List<CommitId> splits)
    {
        for (var i = 1; i < read.Length; i++)
        {
            if (read[i].Collector.MainlineBoundary != splits[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Segment(int Total, long NewestTimestamp, ChangeCollector Collector, IReadOnlyList<ChangeModel> Changes);

    // The commits of up to segments - 1 release tags spread evenly over those inside the range, oldest
    // first, each a commit of its own and not the range's end (a segment of nothing would fail the check).
    private static List<CommitId> SplitPoints(GitRunner git, ReleaseRange range, int segments)
    {
        if (segments < 2 || range.InnerReleases.Count < MinimumReleases)
        {
            return [];
        }

        var end = new GitReader(git).Resolve(range.To);
        var usable = range.InnerReleases.Select(r => r.Commit).Where(c => c.ToString() != end).Distinct().ToList();
        var count = Math.Min(segments - 1, usable.Count);
        var splits = new List<CommitId>(count);
        for (var j = 1; j <= count; j++)
        {
            splits.Add(usable[(int)((long)usable.Count * j / (count + 1))]);
        }

        return splits;
    }

    // The segments' changes oldest first. Each collector listed a pull request once within its segment;
    // across segments the oldest occurrence stays, and one an older collector met and left out (the
    // release's own) stays out, as in one read.
    private static (CommitLog, IReadOnlyList<ChangeModel>) Combine(Segment[] segments)
    {
        var changes = new List<ChangeModel>(segments.Sum(s => s.Changes.Count));
        var seen = new HashSet<int>();
        var total = 0;
        var newest = 0L;
        foreach (var segment in segments)
        {
            foreach (var change in segment.Changes)
            {
                if (change.PullRequest is not { } pr || !seen.Contains(pr))
                {
                    changes.Add(change);
                }
            }

            seen.UnionWith(segment.Collector.PullRequestsSeen);
            total += segment.Total;
            newest = Math.Max(newest, segment.NewestTimestamp);
        }

        // The commits were collected segment by segment; the log keeps only what the notes count.
        return (new CommitLog([], total, newest), changes);
    }
}

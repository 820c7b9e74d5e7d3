namespace Slipway.Core.History;

/// <summary>
/// The commits of a range, newest first (the first is the range's end), and where each id is in the list.
/// A reader's callback may have let commits go once it had what it needed of them (see
/// <see cref="HistoryReader.Read"/>): <see cref="Commits"/> holds those kept, <see cref="Total"/> and
/// <see cref="NewestTimestamp"/> count them all.
/// </summary>
public sealed class CommitLog(List<Commit> commits, int total, long newestTimestamp)
{
    private Dictionary<CommitId, int>? _index;

    public CommitLog(List<Commit> commits)
        : this(commits, commits.Count, commits.Count == 0 ? 0 : commits.Max(c => c.Timestamp))
    {
    }

    public IReadOnlyList<Commit> Commits => commits;

    /// <summary>How many commits the range has, kept or not.</summary>
    public int Total => total;

    /// <summary>The newest committer time of the range (0 when it is empty).</summary>
    public long NewestTimestamp => newestTimestamp;

    /// <summary>
    /// Built on first use, once every commit is read and at its final size: filled while reading, it
    /// grew by doubling, and on a 100,000-commit history each discarded table was a large-object
    /// allocation that brought on a full garbage collection.
    /// </summary>
    public IReadOnlyDictionary<CommitId, int> Index => _index ??= BuildIndex();

    /// <summary>How many commits are kept.</summary>
    public int Count => commits.Count;

    public Commit this[int position] => commits[position];

    private Dictionary<CommitId, int> BuildIndex()
    {
        var index = new Dictionary<CommitId, int>(commits.Count);
        for (var i = 0; i < commits.Count; i++)
        {
            index[commits[i].Id] = i;
        }

        return index;
    }
}

namespace Slipway.Core.History;

/// <summary>The commits of a range, newest first (the first is the range's end), and where each id is in the list.</summary>
public sealed class CommitLog(List<Commit> commits, Dictionary<CommitId, int> index)
{
    public IReadOnlyList<Commit> Commits => commits;

    public IReadOnlyDictionary<CommitId, int> Index => index;

    public int Count => commits.Count;

    public Commit this[int position] => commits[position];
}

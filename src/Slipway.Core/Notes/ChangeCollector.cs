using Slipway.Core.Configuration;
using Slipway.Core.History;

namespace Slipway.Core.Notes;

/// <summary>
/// Turns the commits of a range into changes, oldest first. The main line is the first-parent chain
/// from the newest commit; a pull request merged into it takes in the commits of its branch, so a PR
/// is listed once however many of its commits are in range. A merge that names no PR is only a
/// join: the commits of its branch are listed on their own.
/// </summary>
/// <param name="repositoryUrl">The forge repository the changes link to, if known.</param>
/// <param name="preparation">Recognises the changes that prepared releases, left out unless notes.release-changes keeps them.</param>
public sealed partial class ChangeCollector(NotesSettings settings, string? repositoryUrl = null, ReleasePreparation? preparation = null)
{
    private readonly Dictionary<Person, AuthorModel> _authors = new(ReferenceEqualityComparer.Instance);
    private readonly BotRecognizer _bots = new(settings.Bots);
    private readonly ChangeCategories _categories = new(settings);

    // The main line as far as it was followed while the log streamed in, newest first.
    private readonly List<MainlineCommit> _streamed = [];
    private CommitId? _expected;
    private bool _started;
    private int _kept;
    private int _followed;
    private HashSet<int> _pullRequestsSeen = [];

    // Scratch of the branch walks (see Branch).
    private readonly List<int> _found = [];
    private readonly Stack<CommitId> _pending = new();
    private readonly List<Commit> _branch = [];

    /// <summary>Forgets what <see cref="Prepare"/> saw: a new log is about to be read.</summary>
    public void Restart()
    {
        _streamed.Clear();
        _expected = null;
        _started = false;
        _kept = 0;
        _followed = 0;
    }

    /// <summary>
    /// Sees each commit as it is read (HistoryReader's callback), while git is still writing the log,
    /// and says whether the log must keep it. The main line is followed from the first commit (the
    /// range's end) by first parents; a commit on it that is not a merge becomes its change at once
    /// and is let go, since nothing else needs it: on a long history that is most commits, and their
    /// ids, parents and parsed subjects were most of the memory. A first parent that git printed
    /// before its child (clock skew) ends the following: the rest is kept and followed by
    /// <see cref="Collect"/> as before.
    /// </summary>
    public bool Prepare(in CommitRecord commit)
    {
        var onMainline = _started ? _expected == commit.Id : (_started = true);
        if (!onMainline)
        {
            _kept++;
            return true;
        }

        _expected = commit.Parents.Length > 0 ? commit.Parents[0] : null;
        if (commit.IsMerge)
        {
            _streamed.Add(new MainlineCommit(null, _kept++));
            _followed++;
            return true;
        }

        _streamed.Add(new MainlineCommit(FromRecord(commit), -1));
        _followed++;
        return false;
    }

    public IReadOnlyList<ChangeModel> Collect(CommitLog log)
    {
        var commits = log.Commits;
        var index = log.Index;
        var mainline = Mainline(commits, index);
        var taken = new bool[commits.Count];
        foreach (var entry in mainline)
        {
            if (entry.Position >= 0)
            {
                taken[entry.Position] = true;
            }
        }

        var changes = new List<ChangeModel>(mainline.Count);
        var listedPullRequests = _pullRequestsSeen = new HashSet<int>(mainline.Count);
        void Add(ChangeModel change, string? mergedBranch = null)
        {
            // A PR that landed twice (a revert and reland, a cherry-pick) is listed once; the release's own
            // commit and pull request are not changes of the release, nor is what notes.exclude names.
            if ((change.PullRequest is not { } pr || listedPullRequests.Add(pr)) && !IsReleasePreparation(change.Title, mergedBranch) && !Excluded(change.Title))
            {
                changes.Add(change);
            }
        }

        for (var m = mainline.Count - 1; m >= 0; m--)
        {
            if (mainline[m].Change is { } prepared)
            {
                Add(prepared);
                continue;
            }

            var commit = commits[mainline[m].Position];
            if (!commit.IsMerge)
            {
                Add(FromCommit(commit));
                continue;
            }

            // A mainline commit let go while streaming is not in the index, which stops a branch walk
            // exactly as its being taken would.
            var branch = Branch(commit, commits, index, taken);
            if (commit.PullRequest is { } number)
            {
                Add(FromMerge(commit, number, branch), commit.MergedBranch);
                continue;
            }

            foreach (var joined in branch)
            {
                // The commits of a branch joined without a PR count on their own; a PR merged inside it is one change.
                if (!joined.IsMerge)
                {
                    Add(FromCommit(joined));
                }
                else if (joined.PullRequest is { } inner)
                {
                    Add(FromMerge(joined, inner, []), joined.MergedBranch);
                }
            }
        }

        return changes;
    }

    /// <summary>
    /// The first parent at which the last <see cref="Collect"/> left the range's main line: the commit
    /// before the range on it (null when the main line reached a root commit, or the range was empty).
    /// </summary>
    public CommitId? MainlineBoundary { get; private set; }

    /// <summary>Every pull request the last <see cref="Collect"/> met, listed or left out (the release's own).</summary>
    public IReadOnlySet<int> PullRequestsSeen => _pullRequestsSeen;

    private bool IsReleasePreparation(string title, string? mergedBranch) =>
        settings.ReleaseChanges == ChangeHandling.Drop && preparation is not null && preparation.Prepared(title, mergedBranch);

    // Titles come from anyone who can push: a pattern that backtracks on one is the configuration's fault, said as such.
    private bool Excluded(string title)
    {
        foreach (var pattern in settings.Exclude)
        {
            try
            {
                if (pattern.IsMatch(title))
                {
                    return true;
                }
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                throw new Diagnostics.SlipwayException(Diagnostics.Errors.ConfigInvalid, $"the notes.exclude pattern '{pattern}' took longer than {pattern.MatchTimeout.TotalSeconds:0} s on a change's title; simplify it");
            }
        }

        return false;
    }

    /// <summary>A commit of the first-parent chain: its change if it was made while streaming, else its position in the log.</summary>
    private readonly record struct MainlineCommit(ChangeModel? Change, int Position);

    /// <summary>The first-parent chain from the newest commit, newest first: as streamed, then on through the kept commits.</summary>
    /// <remarks>Continues the streamed list itself rather than a copy of it: it holds an entry per main-line commit.</remarks>
    private List<MainlineCommit> Mainline(IReadOnlyList<Commit> commits, IReadOnlyDictionary<CommitId, int> index)
    {
        var chain = _streamed;
        chain.RemoveRange(_followed, chain.Count - _followed); // what an earlier Collect of this read added
        // git log starts its walk at the range's end and prints that commit first.
        var next = chain.Count == 0 ? (commits.Count > 0 ? commits[0].Id : (CommitId?)null) : _expected;
        while (next is { } id && index.TryGetValue(id, out var at))
        {
            chain.Add(new MainlineCommit(null, at));
            next = commits[at].Parents.Length > 0 ? commits[at].Parents[0] : null;
        }

        MainlineBoundary = next;
        return chain;
    }
}

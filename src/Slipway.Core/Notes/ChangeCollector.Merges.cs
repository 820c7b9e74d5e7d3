using Slipway.Core.History;

namespace Slipway.Core.Notes;

/// <summary>The branch walks of <see cref="ChangeCollector"/>: what a merge brought in, and its one change.</summary>
public sealed partial class ChangeCollector
{
    /// <summary>The commits a merge brought in (reachable from its other parents, not yet taken), oldest first.</summary>
    /// <remarks>
    /// The returned list is reused by the next call (as are the walk's stack and positions): a long
    /// history has thousands of merges, and each is done with its branch before the next is walked.
    /// </remarks>
    private List<Commit> Branch(Commit merge, IReadOnlyList<Commit> commits, IReadOnlyDictionary<CommitId, int> index, bool[] taken)
    {
        _found.Clear();
        _pending.Clear();
        for (var p = 1; p < merge.Parents.Length; p++)
        {
            _pending.Push(merge.Parents[p]);
        }

        while (_pending.TryPop(out var id))
        {
            if (index.TryGetValue(id, out var i) && !taken[i])
            {
                taken[i] = true;
                _found.Add(i);
                foreach (var parent in commits[i].Parents)
                {
                    _pending.Push(parent);
                }
            }
        }

        // git log lists newer commits first, so a larger index is older.
        _found.Sort(static (a, b) => b.CompareTo(a));
        _branch.Clear();
        foreach (var i in _found)
        {
            _branch.Add(commits[i]);
        }

        return _branch;
    }

    // Written as loops over the merge and its branch: LINQ made a dozen objects for each of the
    // thousands of merges of a long history, after git had finished.
    private ChangeModel FromMerge(Commit merge, int number, List<Commit> branch)
    {
        // The reader took the PR title from the merge's body. A merge without a body keeps GitHub's
        // subject ("Merge pull request #N from …"): the branch's one commit, if it has one, says
        // better what was merged.
        var source = PullRequestTitles.FromMerge(merge.Title) is not null && branch.Count == 1 ? branch[0] : merge;
        var fromTitle = source.Conventional;
        var conventional = fromTitle ?? MostSignificant(branch);
        var note = ConventionalCommit.BreakingNoteOf(merge.Trailers);
        var breaking = merge.Conventional?.Breaking == true || conventional?.Breaking == true;
        var anyTrailers = merge.Trailers.Count > 0;
        foreach (var commit in branch)
        {
            note ??= ConventionalCommit.BreakingNoteOf(commit.Trailers);
            breaking |= commit.Conventional?.Breaking == true;
            anyTrailers |= commit.Trailers.Count > 0;
        }

        var author = branch.Count > 0 ? branch[0].Author : merge.Author;
        var coAuthors = anyTrailers ? CoAuthors(branch.Prepend(merge).Select(c => c.Trailers)).Where(p => p.Email != author.Email).ToList() : [];
        return Change(
            merge.Id,
            source.Title,
            fromTitle?.DescriptionStart ?? 0,
            conventional?.Type,
            conventional?.Scope,
            breaking || note is not null,
            note,
            source.Text,
            number,
            author,
            coAuthors,
            Math.Max(1, branch.Count));
    }

    /// <summary>The branch's most significant conventional commit (the first of equals), or null.</summary>
    private static ConventionalCommit? MostSignificant(List<Commit> branch)
    {
        ConventionalCommit? best = null;
        foreach (var commit in branch)
        {
            if (commit.Conventional is { } c && (best is null || Significance(c) < Significance(best)))
            {
                best = c;
            }
        }

        return best;
    }

    private static int Significance(ConventionalCommit c) => c.Breaking ? 0 : c.Type switch { "feat" => 1, "fix" => 2, "perf" => 3, "refactor" => 4, _ => 5 };

    private static List<Person> CoAuthors(IEnumerable<IReadOnlyList<Trailer>> trailers) => trailers
        .SelectMany(t => t)
        .Where(t => string.Equals(t.Key, "Co-authored-by", StringComparison.OrdinalIgnoreCase))
        .Select(t => ParsePerson(t.Value))
        .DistinctBy(p => p.Email)
        .ToList();

    private static Person ParsePerson(string value)
    {
        var open = value.LastIndexOf('<');
        return open > 0 && value.EndsWith('>') ? new Person(value[..open].Trim(), value[(open + 1)..^1]) : new Person(value.Trim(), string.Empty);
    }
}

using Slipway.Core.History;
using Slipway.Core.Versioning;

namespace Slipway.Core.Notes;

/// <summary>
/// Turns the commits of a range into changes, oldest first. The main line is the first-parent chain
/// from the newest commit; a pull request merged into it takes in the commits of its branch, so a PR
/// is listed once however many of its commits are in range. A merge that names no PR is only a
/// join: the commits of its branch are listed on their own.
/// </summary>
public sealed class ChangeCollector(NotesSettings settings)
{
    public IReadOnlyList<ChangeItem> Collect(IReadOnlyList<Commit> commits)
    {
        var index = new Dictionary<CommitId, int>(commits.Count);
        for (var i = 0; i < commits.Count; i++)
        {
            index[commits[i].Id] = i;
        }

        var mainline = Mainline(commits, index);
        var taken = new bool[commits.Count];
        foreach (var i in mainline)
        {
            taken[i] = true;
        }

        var items = new List<ChangeItem>();
        var listedPullRequests = new HashSet<int>();
        for (var m = mainline.Count - 1; m >= 0; m--)
        {
            var commit = commits[mainline[m]];
            var branch = commit.IsMerge ? Branch(commit, commits, index, taken) : [];
            var item = commit.IsMerge && PullRequestTitles.FromMerge(commit.Subject) is { } number
                ? FromMerge(commit, number, branch)
                : null;
            var produced = item is not null ? [item] : commit.IsMerge ? branch.SelectMany(Unmerged).ToList() : [FromCommit(commit)];
            foreach (var change in produced)
            {
                if (change.PullRequest is { } pr && !listedPullRequests.Add(pr))
                {
                    continue; // a PR that landed twice (a revert and reland, a cherry-pick) is listed once
                }

                items.Add(change);
            }
        }

        return settings.Bots == BotHandling.Drop ? items.Where(i => !i.ByBot).ToList() : items;
    }

    /// <summary>Indexes of the first-parent chain from the newest commit, newest first.</summary>
    private static List<int> Mainline(IReadOnlyList<Commit> commits, Dictionary<CommitId, int> index)
    {
        var isParent = new HashSet<CommitId>(commits.SelectMany(c => c.Parents));
        var chain = new List<int>();
        var head = commits.Select((c, i) => (c, i)).FirstOrDefault(x => !isParent.Contains(x.c.Id));
        for (int? i = head.c is null ? null : head.i; i is { } at; i = commits[at].Parents.Length > 0 && index.TryGetValue(commits[at].Parents[0], out var next) ? next : null)
        {
            chain.Add(at);
        }

        return chain;
    }

    /// <summary>The commits a merge brought in (reachable from its other parents, not yet taken), oldest first.</summary>
    private static List<Commit> Branch(Commit merge, IReadOnlyList<Commit> commits, Dictionary<CommitId, int> index, bool[] taken)
    {
        var found = new List<int>();
        var pending = new Stack<CommitId>(merge.Parents.Skip(1));
        while (pending.TryPop(out var id))
        {
            if (index.TryGetValue(id, out var i) && !taken[i])
            {
                taken[i] = true;
                found.Add(i);
                foreach (var parent in commits[i].Parents)
                {
                    pending.Push(parent);
                }
            }
        }

        // git log lists newer commits first, so a larger index is older.
        return found.OrderByDescending(i => i).Select(i => commits[i]).ToList();
    }

    // The commits of a branch joined without a PR: each counts on its own; a PR merged inside it is one change.
    private IEnumerable<ChangeItem> Unmerged(Commit commit) => commit.IsMerge
        ? PullRequestTitles.FromMerge(commit.Subject) is { } number ? [FromMerge(commit, number, [])] : []
        : [FromCommit(commit)];

    private ChangeItem FromCommit(Commit commit)
    {
        var squash = PullRequestTitles.FromSquash(commit.Subject);
        var title = squash?.Title ?? commit.Subject;
        var conventional = ConventionalCommit.Parse(title, commit.Trailers);
        return new ChangeItem
        {
            Title = title,
            Description = conventional?.Description ?? title,
            Type = conventional?.Type,
            Scope = conventional?.Scope,
            Breaking = conventional?.Breaking ?? ConventionalCommit.BreakingNoteOf(commit.Trailers) is not null,
            BreakingNote = ConventionalCommit.BreakingNoteOf(commit.Trailers),
            Text = commit.Text,
            PullRequest = squash?.Number,
            Commit = commit,
            Author = commit.Author,
            CoAuthors = CoAuthors([commit]),
            ByBot = IsBot(commit.Author),
        };
    }

    private ChangeItem FromMerge(Commit merge, int number, List<Commit> branch)
    {
        // GitHub writes the PR title as the first paragraph of the merge commit's message.
        var title = merge.Text.Split('\n')[0].Trim() is { Length: > 0 } text ? text : merge.Subject;
        var all = branch.Prepend(merge).ToList();
        var conventional = ConventionalCommit.Parse(title, merge.Trailers)
            ?? branch.Select(c => ConventionalCommit.Parse(c.Subject, c.Trailers)).OfType<ConventionalCommit>().OrderBy(Significance).FirstOrDefault();
        var note = all.Select(c => ConventionalCommit.BreakingNoteOf(c.Trailers)).FirstOrDefault(n => n is not null);
        var breaking = note is not null || all.Any(c => ConventionalCommit.Parse(c.Subject, c.Trailers)?.Breaking == true) || conventional?.Breaking == true;
        var author = branch.Count > 0 ? branch[0].Author : merge.Author;
        return new ChangeItem
        {
            Title = title,
            Description = ConventionalCommit.Parse(title)?.Description ?? title,
            Type = conventional?.Type,
            Scope = conventional?.Scope,
            Breaking = breaking,
            BreakingNote = note,
            PullRequest = number,
            Commit = merge,
            Author = author,
            CoAuthors = CoAuthors(all).Where(p => p.Email != author.Email).ToList(),
            ByBot = IsBot(author),
            CommitCount = Math.Max(1, branch.Count),
        };
    }

    private static int Significance(ConventionalCommit c) => c.Breaking ? 0 : c.Type switch { "feat" => 1, "fix" => 2, "perf" => 3, "refactor" => 4, _ => 5 };

    private static List<Person> CoAuthors(IEnumerable<Commit> commits) => commits
        .SelectMany(c => c.Trailers)
        .Where(t => string.Equals(t.Key, "Co-authored-by", StringComparison.OrdinalIgnoreCase))
        .Select(t => ParsePerson(t.Value))
        .DistinctBy(p => p.Email)
        .ToList();

    private static Person ParsePerson(string value)
    {
        var open = value.LastIndexOf('<');
        return open > 0 && value.EndsWith('>') ? new Person(value[..open].Trim(), value[(open + 1)..^1]) : new Person(value.Trim(), string.Empty);
    }

    public bool IsBot(Person person) =>
        person.Name.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase)
        || settings.BotAuthors.Any(b => person.Name.StartsWith(b, StringComparison.OrdinalIgnoreCase));
}

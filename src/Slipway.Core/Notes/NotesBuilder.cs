using System.Globalization;
using Slipway.Core.History;

namespace Slipway.Core.Notes;

/// <summary>Assembles the <see cref="NotesModel"/> from the range, its changes, the forge and the hand-written parts.</summary>
public sealed class NotesBuilder(NotesSettings settings, ForgeRepository? forge)
{
    public NotesModel Build(ReleaseRange range, IReadOnlyList<Commit> commits, IReadOnlyList<ChangeItem> items, HandWrittenParts parts, IReadOnlySet<string>? earlierAuthors)
    {
        var changes = items.Select(ToModel).ToList();
        var newest = commits.Count > 0 ? commits.Max(c => c.Timestamp) : DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var fullUrl = forge is null ? null : range.PreviousTag is { } previous ? forge.CompareUrl(previous, range.Tag) : forge.CommitsUrl(range.Tag);
        return new NotesModel
        {
            Version = range.Version.ToString(),
            Tag = range.Tag,
            Previous = range.Previous?.ToString(),
            PreviousTag = range.PreviousTag,
            PreRelease = range.Version.IsPreRelease,
            Date = DateTimeOffset.FromUnixTimeSeconds(newest).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Range = new RangeModel(range.From, range.To, commits.Count),
            Repository = forge is null ? null : new RepositoryModel(forge.Owner, forge.Name, forge.Url),
            LoginsResolved = false,
            Highlights = parts.Highlights,
            Installation = parts.Installation,
            Sections = Sections(changes),
            Changes = changes,
            NewContributors = NewContributors(changes, earlierAuthors),
            FullChangelogUrl = fullUrl,
            FullChangelogText = fullUrl ?? (range.PreviousTag is { } p ? $"{p}...{range.Tag}" : range.Tag),
            Warnings = range.Warnings,
        };
    }

    private List<SectionModel> Sections(List<ChangeModel> changes)
    {
        var sections = new List<SectionModel>();
        foreach (var (key, title) in settings.Sections)
        {
            var members = changes.Where(c => string.Equals(c.Category, key, StringComparison.Ordinal)).ToList();
            if (members.Count > 0)
            {
                sections.Add(new SectionModel(key, title, members));
            }
        }

        return sections;
    }

    // A breaking change belongs under Breaking Changes whatever its type; bots' changes are grouped with
    // dependency updates unless configured otherwise.
    private string Category(ChangeItem item) =>
        item.Breaking ? "breaking"
        : (item.ByBot && settings.Bots == BotHandling.Group) || item.Scope is "deps" or "deps-dev" || item.Type is "deps" ? "deps"
        : item.Type ?? "other";

    private static List<ContributorModel> NewContributors(List<ChangeModel> changes, IReadOnlySet<string>? earlierAuthors)
    {
        if (earlierAuthors is null)
        {
            return [];
        }

        return changes
            .Where(c => !c.Author.Bot && c.Author.Email.Length > 0 && !earlierAuthors.Contains(c.Author.Email))
            .DistinctBy(c => c.Author.Email)
            .Select(c => new ContributorModel(c.Author, c.Link))
            .ToList();
    }

    private ChangeModel ToModel(ChangeItem item)
    {
        var sha = item.Commit.Id.ToString();
        var prUrl = item.PullRequest is { } pr && forge is not null ? forge.PullRequestUrl(pr) : null;
        var commitUrl = forge?.CommitUrl(sha);
        return new ChangeModel
        {
            Title = item.Title,
            Description = item.Description,
            Type = item.Type,
            Scope = item.Scope,
            Category = Category(item),
            Breaking = item.Breaking,
            BreakingNote = item.BreakingNote,
            Text = item.Text,
            PullRequest = item.PullRequest,
            PullRequestUrl = prUrl,
            Sha = sha,
            ShortSha = item.Commit.Id.Abbreviated,
            CommitUrl = commitUrl,
            Link = prUrl ?? commitUrl ?? (item.PullRequest is { } n ? $"#{n}" : item.Commit.Id.Abbreviated),
            Author = new AuthorModel(item.Author.Name, item.Author.Email, null, item.ByBot),
            CoAuthors = item.CoAuthors.Select(p => new AuthorModel(p.Name, p.Email, null, false)).ToList(),
            Commits = item.CommitCount,
        };
    }
}

using System.Globalization;
using Slipway.Core.Configuration;
using Slipway.Core.Forges;
using Slipway.Core.History;

namespace Slipway.Core.Notes;

/// <summary>Assembles the <see cref="NotesModel"/> from the range, its changes, the forge and the hand-written parts.</summary>
/// <param name="pullRequestsOnly">Whether the style lists only pull requests: a first contribution is then a first pull request.</param>
public sealed class NotesBuilder(NotesSettings settings, ForgeRepository? forge, bool pullRequestsOnly = false)
{
    /// <param name="isNew">Whether an author makes a first contribution; null when the style does not list them.</param>
    /// <param name="loginsResolved">Whether the authors' logins came from the forge.</param>
    public NotesModel Build(ReleaseRange range, CommitLog commits, IReadOnlyList<ChangeModel> changes, HandWrittenParts parts, Func<AuthorModel, bool>? isNew, bool loginsResolved = false, IReadOnlyList<NoticeModel>? notices = null)
    {
        var newest = commits.Total > 0 ? commits.NewestTimestamp : DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        notices ??= [];
        var fullUrl = forge is null ? null : range.PreviousTag is { } previous ? forge.CompareUrl(previous, range.Tag) : forge.CommitsUrl(range.Tag);
        return new NotesModel
        {
            Version = range.Version.ToString(),
            Tag = range.Tag,
            Previous = range.Previous?.ToString(),
            PreviousTag = range.PreviousTag,
            PreRelease = range.Version.IsPreRelease,
            Date = DateTimeOffset.FromUnixTimeSeconds(newest).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Range = new RangeModel(range.From, range.To, commits.Total),
            Repository = forge is null ? null : new RepositoryModel(forge.Owner, forge.Name, forge.Url),
            LoginsResolved = loginsResolved,
            Highlights = parts.Highlights,
            Installation = parts.Installation,
            Sections = Sections(changes, notices),
            Notices = notices,
            Changes = changes,
            NewContributors = NewContributors(changes, isNew),
            FullChangelogUrl = fullUrl,
            FullChangelogText = fullUrl ?? (range.PreviousTag is { } p ? $"{p}...{range.Tag}" : range.Tag),
            Warnings = range.Warnings,
        };
    }

    private List<SectionModel> Sections(IReadOnlyList<ChangeModel> changes, IReadOnlyList<NoticeModel> notices)
    {
        // One pass over the changes, not one per section: a whole history has 100,000 of them.
        var byCategory = new Dictionary<string, List<ChangeModel>>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (!byCategory.TryGetValue(change.Category, out var list))
            {
                byCategory[change.Category] = list = [];
            }

            list.Add(change);
        }

        var sections = new List<SectionModel>();
        // Categories given one title share its section (chore and ci as Miscellaneous Tasks, doc and
        // docs as Documentation), as conventional-changelog's sections and git-cliff's groups do.
        foreach (var shared in settings.Sections.GroupBy(s => s.Value, StringComparer.Ordinal))
        {
            var keys = shared.Select(s => s.Key).Distinct(StringComparer.Ordinal).ToList();
            var members = keys.Count == 1
                ? byCategory.TryGetValue(keys[0], out var found) ? new List<ChangeModel>(found) : []
                : changes.Where(c => keys.Contains(c.Category, StringComparer.Ordinal)).ToList(); // in the history's order
            var noticed = notices.Where(n => keys.Contains(n.Category, StringComparer.Ordinal)).ToList();
            if (members.Count > 0 || noticed.Count > 0)
            {
                sections.Add(new SectionModel(keys[0], shared.Key, members) { Notices = noticed });
            }
        }

        return sections;
    }

    private List<ContributorModel> NewContributors(IReadOnlyList<ChangeModel> changes, Func<AuthorModel, bool>? isNew)
    {
        if (isNew is null)
        {
            return [];
        }

        // One entry per person, at their first change: by login when the forge named them, else by
        // name (one person may commit under several addresses).
        return changes
            .Where(c => !c.Author.Bot && (!pullRequestsOnly || c.PullRequest is not null))
            .DistinctBy(c => c.Author.Login ?? FirstContributions.NormalizedName(c.Author.Name))
            .Where(c => isNew(c.Author))
            .Select(c => new ContributorModel(c.Author, c.Link))
            .ToList();
    }
}

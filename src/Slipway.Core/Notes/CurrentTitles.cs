using Slipway.Core.Forges;
using Slipway.Core.History;

namespace Slipway.Core.Notes;

/// <summary>
/// The titles pull requests have on the forge now. git keeps a pull request's title as it was when
/// it was merged; maintainers edit it afterwards (a code mark, a clearer wording, a conventional
/// prefix added or dropped), and GitHub's generated notes print the current one. A change keeps the
/// pull request number git gives it; its title, with what the title decides (type, scope, section),
/// and its labels come from the forge when the forge returned that pull request, else git's stay.
/// </summary>
internal static class CurrentTitles
{
    // GitHub's merge time and git's commit time differ (a merge made locally and pushed later, a
    // clock off): the span asked for is wider by this on both sides. Pull requests merged in the
    // margin and not in the release are not taken: changes are matched by number.
    private static readonly TimeSpan Margin = TimeSpan.FromDays(1);

    /// <summary>
    /// The merged pull requests of a release whose changes end at <paramref name="newest"/> and start
    /// after <paramref name="since"/> (null: the whole history); null when no change names a pull request
    /// (nothing is asked).
    /// </summary>
    public static MergedPullRequests? Find(IReadOnlyList<ChangeModel> changes, IMergedPullRequests forge, DateTimeOffset? since, DateTimeOffset newest) =>
        changes.Any(c => c.PullRequest is not null) ? forge.Between(since - Margin, newest + Margin) : null;

    /// <summary>The changes with the forge's titles and labels; a warning when the forge could not give every one.</summary>
    public static (IReadOnlyList<ChangeModel> Changes, string? Warning) Apply(IReadOnlyList<ChangeModel> changes, MergedPullRequests current, ChangeCategories categories)
    {
        var missing = 0;
        var result = new List<ChangeModel>(changes.Count);
        foreach (var change in changes)
        {
            if (change.PullRequest is not { } number)
            {
                result.Add(change);
            }
            else if (current.ByNumber.TryGetValue(number, out var pull))
            {
                result.Add(Retitled(change, pull, current.Forge, categories));
            }
            else
            {
                missing++;
                result.Add(change);
            }
        }

        var warning = !current.Complete && missing > 0
            ? $"{current.Forge}'s search answered in part: {missing} pull request{(missing == 1 ? string.Empty : "s")} keep the title git has, and their labels are not known"
            : null;
        return (result, warning);
    }

    private static ChangeModel Retitled(ChangeModel change, MergedPullRequest pull, string forgeName, ChangeCategories categories)
    {
        var from = forgeName.ToLowerInvariant();
        if (pull.Title.Length == 0 || string.Equals(pull.Title, change.Title, StringComparison.Ordinal))
        {
            return change with { TitleFrom = pull.Title.Length == 0 ? change.TitleFrom : from, Labels = pull.Labels };
        }

        // A breaking change stays breaking (a footer or another commit of the PR made it so); the new
        // title can make it breaking too ("feat!: …").
        var conventional = ConventionalCommit.Parse(pull.Title);
        var breaking = change.Breaking || conventional?.Breaking == true;
        return change with
        {
            Title = pull.Title,
            TitleFrom = from,
            DescriptionStart = conventional?.DescriptionStart ?? 0,
            Type = conventional?.Type,
            Scope = conventional?.Scope,
            Breaking = breaking,
            Category = categories.Of(breaking, pull.Title, conventional?.Type, conventional?.Scope),
            Labels = pull.Labels,
        };
    }
}

namespace Slipway.Core.Forges.GitHub;

/// <summary>
/// Merged pull requests from GitHub's issue search (<c>repo:O/R is:pr is:merged merged:A..B</c>):
/// one request per hundred pull requests, whatever the release holds, where asking for each by number
/// would cost one request each. The search gives at most 1,000 results for a query, so a span that
/// holds more is searched in halves. Each pull request found is also its author's answer
/// (<see cref="GitHubContributors"/> asks GitHub no more about it).
/// </summary>
public sealed class GitHubMergedPullRequests(GitHubClient client, GitHubContributors contributors) : IMergedPullRequests
{
    /// <summary>The most results GitHub's search gives for one query.</summary>
    public const int SearchLimit = 1000;

    // Before GitHub: a span "from the start" begins here.
    private static readonly DateTimeOffset Start = new(2007, 10, 1, 0, 0, 0, TimeSpan.Zero);

    public MergedPullRequests Between(DateTimeOffset? since, DateTimeOffset until)
    {
        var found = new Dictionary<int, MergedPullRequest>();
        var complete = Search(WholeSeconds(since ?? Start), WholeSeconds(until), found);
        return new MergedPullRequests("GitHub", found, complete);
    }

    // Whether every pull request of the span was found.
    private bool Search(DateTimeOffset since, DateTimeOffset until, Dictionary<int, MergedPullRequest> found)
    {
        var complete = true;
        var first = true;
        foreach (var page in client.MergedPullRequestPages(since, until))
        {
            if (first && page.TotalCount > SearchLimit && until - since >= TimeSpan.FromSeconds(2))
            {
                var middle = WholeSeconds(since + ((until - since) / 2));
                return Search(since, middle, found) & Search(middle.AddSeconds(1), until, found);
            }

            first = false;
            complete &= !page.IncompleteResults && page.TotalCount <= SearchLimit;
            foreach (var item in page.Items)
            {
                if (item is { Title: { } title, PullRequest.MergedAt: { } mergedAt })
                {
                    contributors.Remember(new GitHubPullRequest { Number = item.Number, HtmlUrl = item.HtmlUrl ?? string.Empty, State = "closed", Title = title, MergedAt = mergedAt, User = item.User });
                    var labels = (item.Labels ?? []).Select(l => l.Name).OfType<string>().ToList();
                    var author = item.User is { } user ? new ForgeAuthor(user.Login, user.IsBot, item.Number) : null;
                    found[item.Number] = new MergedPullRequest(item.Number, title.Trim(), labels, author);
                }
            }
        }

        return complete;
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset time) => DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());
}

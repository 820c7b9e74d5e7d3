using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Slipway.EndToEnd.Tests.Support.GitHubContract;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// GitHub's issue search for merged pull requests (<c>repo:O/R is:pr is:merged merged:A..B</c>), as
/// GitHub answers it: the pull requests merged in the span (both ends included), sorted as asked,
/// paged by per_page and page with a Link header, total_count the whole match, at most
/// <see cref="SearchResultLimit"/> results reachable (a page past them is refused, 422).
/// </summary>
public sealed partial class FakeGitHub
{
    /// <summary>GitHub's search gives at most this many results for a query.</summary>
    public const int SearchResultLimit = 1000;

    private FakeResponse SearchMerged(OpenApiOperation operation, RecordedRequest request, System.Collections.Specialized.NameValueCollection query)
    {
        var span = MergedTerm().Match(query["q"]!);
        var (since, until) = (DateTimeOffset.Parse(span.Groups[1].Value, CultureInfo.InvariantCulture), DateTimeOffset.Parse(span.Groups[2].Value, CultureInfo.InvariantCulture));
        var matches = PullRequests
            .Where(p => p.MergedAt is { } merged && DateTimeOffset.Parse(merged, CultureInfo.InvariantCulture) is var at && at >= since && at <= until)
            .OrderBy(p => p.Number).ToList();
        if (query["order"] == "desc")
        {
            matches.Reverse();
        }

        var perPage = Math.Min(100, (int)Number(query["per_page"] ?? "30"));
        var page = (int)Number(query["page"] ?? "1");
        if (page * perPage > SearchResultLimit + perPage - 1)
        {
            return Error(422, "Only the first 1000 search results are available");
        }

        var reachable = Math.Min(matches.Count, SearchResultLimit);
        var pages = Math.Max(1, (int)Math.Ceiling(reachable / (double)perPage));
        var answer = (JsonObject)operation.Example(200)!;
        var template = (JsonObject)answer["items"]!.AsArray()[0]!;
        answer["total_count"] = matches.Count;
        answer["incomplete_results"] = false;
        answer["items"] = new JsonArray(matches.Take(reachable).Skip((page - 1) * perPage).Take(perPage).Select(p => (JsonNode)SearchItem(p, (JsonObject)template.DeepClone())).ToArray());
        if (page >= pages)
        {
            return Ok(200, answer);
        }

        query["page"] = (page + 1).ToString(CultureInfo.InvariantCulture);
        var next = $"<{Api}{request.Path}?{query}>; rel=\"next\"";
        query["page"] = pages.ToString(CultureInfo.InvariantCulture);
        return Ok(200, answer, ("Link", $"{next}, <{Api}{request.Path}?{query}>; rel=\"last\""));
    }

    private JsonObject SearchItem(FakePullRequest pull, JsonObject item)
    {
        item["number"] = pull.Number;
        item["id"] = 1_000_000 + pull.Number;
        item["title"] = pull.Title;
        item["state"] = pull.State;
        item["html_url"] = $"{Web}/{Owner}/{Repo}/pull/{pull.Number}";
        item["user"]!["login"] = pull.Author;
        item["user"]!["type"] = pull.AuthorType;
        var label = item["labels"]!.AsArray()[0]!;
        item["labels"] = new JsonArray(pull.Labels.Select(name =>
        {
            var copy = label.DeepClone();
            copy["name"] = name;
            return copy;
        }).ToArray());
        item["pull_request"]!["merged_at"] = pull.MergedAt;
        item["pull_request"]!["html_url"] = $"{Web}/{Owner}/{Repo}/pull/{pull.Number}";
        return item;
    }

    [GeneratedRegex(@"merged:(\S+)\.\.(\S+)")]
    private static partial Regex MergedTerm();
}

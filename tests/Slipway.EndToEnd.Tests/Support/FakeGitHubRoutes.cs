using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Web;
using Slipway.EndToEnd.Tests.Support.GitHubContract;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>What the fake GitHub does for each operation Slipway uses, as GitHub does it.</summary>
public sealed partial class FakeGitHub
{
    private int _nextPull = 100;
    private long _nextRelease = 5000;

    public FakePullRequest AddPullRequest(string head, string title, string author, string @base = "main")
    {
        lock (_gate)
        {
            var pull = new FakePullRequest { Number = ++_nextPull, Head = head, Base = @base, Title = title, Author = author };
            PullRequests.Add(pull);
            return pull;
        }
    }

    /// <summary>A release as GitHub would have made it, with the next id (ids grow with time, as GitHub's do).</summary>
    public FakeRelease AddRelease(string tag, bool draft = false, string? body = null)
    {
        lock (_gate)
        {
            var release = new FakeRelease { Id = ++_nextRelease, TagName = tag, Name = tag, Draft = draft, Body = body };
            Releases.Add(release);
            return release;
        }
    }

    private FakeResponse Route(RecordedRequest request, OpenApiOperation operation)
    {
        if (request.Headers.GetValueOrDefault("Authorization") != "Bearer " + Token)
        {
            return Error(401, "Bad credentials");
        }

        var values = operation.PathValues;
        if (values.TryGetValue("owner", out var owner) && (!owner.Equals(Owner, StringComparison.OrdinalIgnoreCase) || !values["repo"].Equals(Repo, StringComparison.OrdinalIgnoreCase)))
        {
            return Error(404, "Not Found");
        }

        var query = HttpUtility.ParseQueryString(request.Query);
        var body = request.Body.Length > 0 ? request.Json : null;
        return operation.Id switch
        {
            "search/issues-and-pull-requests" => MergedTerm().IsMatch(query["q"] ?? string.Empty) ? SearchMerged(operation, request, query) : Search(operation, query),
            "pulls/list" => Page(operation, request, PullRequests
                .Where(p => query["head"] is not { } head || $"{Owner}:{p.Head}" == head)
                .Where(p => query["base"] is not { } @base || p.Base == @base)
                .Where(p => (query["state"] ?? "open") is "all" || p.State == (query["state"] ?? "open"))
                .OrderByDescending(p => p.Number).Select(p => p.ToJson(Item(operation), this)).ToList()),
            "pulls/create" => CreatePull(operation, body!),
            "pulls/update" => UpdatePull(operation, Number(values["pull_number"]), body ?? []),
            "pulls/get" => PullRequests.FirstOrDefault(p => p.Number == Number(values["pull_number"])) is { } pull
                ? Ok(200, pull.ToJson(Item(operation), this)) : Error(404, "Not Found"),
            "repos/list-pull-requests-associated-with-commit" => Page(operation, request, PullRequests
                .Where(p => CommitPullRequests.TryGetValue(values["commit_sha"], out var number) && p.Number == number)
                .Select(p => p.ToJson(Item(operation), this)).ToList()),
            "repos/get-release-by-tag" => Releases.FirstOrDefault(r => !r.Draft && r.TagName == values["tag"]) is { } release
                ? Ok(200, release.ToJson(Item(operation), this)) : Error(404, "Not Found"),

            // Newest first, drafts included: the token has push access.
            "repos/list-releases" => Page(operation, request, Releases.OrderByDescending(r => r.Id).Select(r => r.ToJson(Item(operation), this)).ToList()),
            "repos/create-release" => CreateRelease(operation, body!),
            "repos/update-release" => UpdateRelease(operation, Number(values["release_id"]), body ?? []),
            _ => Error(404, $"FakeGitHub does not serve {operation}"),
        };
    }

    private FakeResponse Search(OpenApiOperation operation, System.Collections.Specialized.NameValueCollection query)
    {
        var login = AuthorTerm().Match(query["q"] ?? string.Empty).Groups[1].Value;
        var total = EarlierContributors.Contains(login) ? 1 : 0;
        var answer = (JsonObject)operation.Example(200)!;
        var template = answer["items"]!.AsArray()[0]!;
        answer["total_count"] = total;
        answer["incomplete_results"] = false;
        answer["items"] = new JsonArray(Enumerable.Range(1, total).Select(n =>
        {
            var item = template.DeepClone();
            item["number"] = n;
            return item;
        }).ToArray());
        return Ok(200, answer);
    }

    private FakeResponse CreatePull(OpenApiOperation operation, JsonObject body)
    {
        var (head, @base) = ((string)body["head"]!, (string)body["base"]!);
        if (PullRequests.Any(p => p.Head == head && p.Base == @base && p.State == "open"))
        {
            // GitHub's own words for a second pull request between the same branches.
            return Error(422, "Validation Failed", [new JsonObject { ["resource"] = "PullRequest", ["code"] = "custom", ["message"] = $"A pull request already exists for {Owner}:{head}." }]);
        }

        var pull = new FakePullRequest { Number = ++_nextPull, Title = (string)body["title"]!, Body = (string?)body["body"] ?? string.Empty, Head = head, Base = @base, Author = "release-bot" };
        PullRequests.Add(pull);
        return Ok(201, pull.ToJson(Item(operation, 201), this), ("Location", $"{Api}/repos/{Owner}/{Repo}/pulls/{pull.Number}"));
    }

    // GitHub's rules for a state change: a merged pull request stays merged (422), a closed one reopens.
    private FakeResponse UpdatePull(OpenApiOperation operation, long number, JsonObject body)
    {
        if (PullRequests.FirstOrDefault(p => p.Number == number) is not { } pull)
        {
            return Error(404, "Not Found");
        }

        if ((string?)body["state"] is { } state)
        {
            if (pull.MergedAt is not null)
            {
                return Error(422, "Validation Failed", [new JsonObject { ["resource"] = "PullRequest", ["code"] = "custom", ["message"] = "Cannot change the state of a merged pull request." }]);
            }

            pull.State = state;
        }

        return Ok(200, pull.ToJson(Item(operation), this));
    }

    private FakeResponse CreateRelease(OpenApiOperation operation, JsonObject body)
    {
        var tag = (string)body["tag_name"]!;
        if (Releases.Any(r => r.TagName == tag && !r.Draft))
        {
            // Drafts do not hold a tag: GitHub lets a second release be made beside a draft for the same tag.
            return AlreadyExists();
        }

        var release = new FakeRelease { Id = ++_nextRelease, TagName = tag };
        release.Apply(body);
        Releases.Add(release);
        return Ok(201, release.ToJson(Item(operation, 201), this), ("Location", $"{Api}/repos/{Owner}/{Repo}/releases/{release.Id}"));
    }

    private FakeResponse UpdateRelease(OpenApiOperation operation, long id, JsonObject body)
    {
        if (Releases.FirstOrDefault(r => r.Id == id) is not { } release)
        {
            return Error(404, "Not Found");
        }

        var tag = (string?)body["tag_name"] ?? release.TagName;
        if ((bool?)body["draft"] == false && Releases.Any(r => r != release && r.TagName == tag && !r.Draft))
        {
            return AlreadyExists();
        }

        release.Apply(body);
        return Ok(200, release.ToJson(Item(operation), this));
    }

    private static FakeResponse AlreadyExists() =>
        Error(422, "Validation Failed", [new JsonObject { ["resource"] = "Release", ["code"] = "already_exists", ["field"] = "tag_name" }]);

    /// <summary>One page of a list, as GitHub pages: per_page (the description's default when absent, at most 100), page, and a Link header to the others.</summary>
    private FakeResponse Page(OpenApiOperation operation, RecordedRequest request, List<JsonObject> items)
    {
        var query = HttpUtility.ParseQueryString(request.Query);
        var perPage = Math.Min(100, Number(query["per_page"] ?? Default(operation, "per_page")));
        var page = (int)Number(query["page"] ?? "1");
        var pages = Math.Max(1, (int)Math.Ceiling(items.Count / (double)perPage));
        var links = new List<string>();
        foreach (var (rel, number) in new[] { ("prev", page - 1), ("next", page + 1), ("last", pages), ("first", 1) })
        {
            if ((rel is "prev" or "first" && page > 1) || (rel is "next" or "last" && page < pages))
            {
                query["page"] = number.ToString(CultureInfo.InvariantCulture);
                links.Add($"<{Api}{Linked(request.Path)}?{query}>; rel=\"{rel}\"");
            }
        }

        var slice = new JsonArray(items.Skip((page - 1) * (int)perPage).Take((int)perPage).Select(i => (JsonNode)i).ToArray());
        return links.Count == 0 ? Ok(200, slice) : Ok(200, slice, ("Link", string.Join(", ", links)));
    }

    // A repository's lists link to their pages by the repository's id, as GitHub's do.
    private string Linked(string path) => path.StartsWith($"/repos/{Owner}/{Repo}/", StringComparison.Ordinal)
        ? $"/repositories/{RepositoryId}/" + path[$"/repos/{Owner}/{Repo}/".Length..]
        : path;

    private static string Default(OpenApiOperation operation, string parameter) =>
        operation.Parameters.Single(p => p.GetProperty("name").GetString() == parameter).GetProperty("schema").GetProperty("default").GetRawText();

    /// <summary>The description's example answer for one object: the first item of a list's example.</summary>
    private static JsonObject Item(OpenApiOperation operation, int status = 200) => operation.Example(status) switch
    {
        JsonArray list => (JsonObject)list[0]!.DeepClone(),
        JsonObject one => one,
        _ => throw new InvalidOperationException($"GitHub's description has no example answer {status} for {operation}"),
    };

    private static long Number(string text) => long.Parse(text, CultureInfo.InvariantCulture);

    private static FakeResponse Ok(int status, JsonNode json, params (string Name, string Value)[] headers) =>
        new(status, json.ToJsonString(), headers.ToDictionary(h => h.Name, h => h.Value));

    [GeneratedRegex(@"author:(\S+)")]
    private static partial Regex AuthorTerm();
}

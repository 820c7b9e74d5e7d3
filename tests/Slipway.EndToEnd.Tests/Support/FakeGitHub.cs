using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Slipway.Core.Forges.GitHub;
using Slipway.Core.Registries;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// GitHub's REST API for one repository, served on a loopback port under /api/v3 (as GitHub
/// Enterprise serves it), with GitHub's JSON shapes and error bodies. It records every request and
/// can be told to answer the next matching requests with a scripted status (401, 404, 422, rate
/// limits, 500).
/// </summary>
public sealed partial class FakeGitHub : IDisposable
{
    public const string Token = "ghp_fakeTokenThatMustNeverBePrinted0123456789";

    private readonly HttpListener _listener = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<FakeAnswer> _answers = [];
    private readonly object _gate = new();
    private int _nextPull = 100;
    private long _nextRelease = 5000;

    public FakeGitHub(string owner = "kubeopencode", string repo = "kubeopencode")
    {
        (Owner, Repo) = (owner, repo);
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                Web = $"http://127.0.0.1:{port}";
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between probing and binding: try another.
            }
        }

        _ = Task.Run(Serve);
    }

    public string Owner { get; }

    public string Repo { get; }

    public string Web { get; } = string.Empty;

    public string Api => Web + "/api/v3";

    public List<FakePullRequest> PullRequests { get; } = [];

    public List<FakeRelease> Releases { get; } = [];

    /// <summary>Commit → the pull request GitHub associates it with (GET /commits/SHA/pulls).</summary>
    public Dictionary<string, int> CommitPullRequests { get; } = new(StringComparer.Ordinal);

    /// <summary>Logins that had a pull request merged before (what the search finds).</summary>
    public HashSet<string> EarlierContributors { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToList();
            }
        }
    }

    /// <summary>The environment a slipway run needs to talk to this server with the token.</summary>
    public Dictionary<string, string> Environment(string? token = Token) => token is null
        ? new() { [GitHubEndpoint.ApiVariable] = Api }
        : new() { [GitHubEndpoint.ApiVariable] = Api, ["GITHUB_TOKEN"] = token };

    /// <summary>Answers the next <paramref name="times"/> requests matching <paramref name="matches"/> (all when null) with this status, headers and body.</summary>
    public void Answer(int status, string body, Dictionary<string, string>? headers = null, int times = 1, Func<RecordedRequest, bool>? matches = null)
    {
        lock (_gate)
        {
            _answers.Add(new FakeAnswer(status, body, headers ?? [], matches ?? (_ => true)) { Times = times });
        }
    }

    public FakePullRequest AddPullRequest(string head, string title, string author, string @base = "main")
    {
        lock (_gate)
        {
            var pull = new FakePullRequest { Number = ++_nextPull, Head = head, Base = @base, Title = title, Author = author };
            PullRequests.Add(pull);
            return pull;
        }
    }

    public void Dispose()
    {
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // The managed listener re-resolves its endpoint when closing and may find the port reused
            // by another test's listener by then; the socket is closed either way.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var headers = context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
            var path = context.Request.Url!.AbsolutePath;
            var request = new RecordedRequest(context.Request.HttpMethod, path.StartsWith("/api/v3", StringComparison.Ordinal) ? path[7..] : path, context.Request.Url.Query, headers, await reader.ReadToEndAsync());
            (int Status, string Body, IReadOnlyDictionary<string, string> Headers) answer;
            lock (_gate)
            {
                _requests.Add(request);
                answer = Scripted(request) ?? Route(request);
            }

            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "application/json; charset=utf-8";
            foreach (var (name, value) in answer.Headers)
            {
                context.Response.Headers[name] = value;
            }

            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private (int, string, IReadOnlyDictionary<string, string>)? Scripted(RecordedRequest request)
    {
        var scripted = _answers.FirstOrDefault(a => a.Times > 0 && a.Matches(request));
        if (scripted is null)
        {
            return null;
        }

        scripted.Times--;
        return (scripted.Status, scripted.Body, scripted.Headers);
    }

    private (int, string, IReadOnlyDictionary<string, string>) Route(RecordedRequest request)
    {
        if (request.Headers.GetValueOrDefault("Authorization") != "Bearer " + Token)
        {
            return Error(401, "Bad credentials");
        }

        var repo = $"/repos/{Owner}/{Repo}";
        var query = System.Web.HttpUtility.ParseQueryString(request.Query);
        var (method, path) = (request.Method, request.Path);
        if (path == "/search/issues" && method == "GET")
        {
            var login = AuthorTerm().Match(query["q"] ?? string.Empty).Groups[1].Value;
            var count = EarlierContributors.Contains(login) ? 1 : 0;
            return Ok(200, new JsonObject { ["total_count"] = count, ["incomplete_results"] = false, ["items"] = new JsonArray(Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject { ["number"] = i + 1 }).ToArray()) });
        }

        if (!path.StartsWith(repo + "/", StringComparison.Ordinal))
        {
            return Error(404, "Not Found");
        }

        var rest = path[repo.Length..];
        var body = request.Body.Length > 0 ? request.Json : null;
        if (rest == "/pulls" && method == "GET")
        {
            var head = query["head"];
            return Ok(200, new JsonArray(PullRequests.Where(p => head is null || $"{Owner}:{p.Head}" == head).OrderByDescending(p => p.Number)
                .Select(p => (JsonNode)p.ToJson(Owner, Repo, Web, detailed: false)).ToArray()));
        }

        if (rest == "/pulls" && method == "POST")
        {
            var pull = new FakePullRequest { Number = ++_nextPull, Title = (string)body!["title"]!, Body = (string?)body["body"] ?? string.Empty, Head = (string)body["head"]!, Base = (string)body["base"]!, Author = "release-bot" };
            PullRequests.Add(pull);
            return Ok(201, pull.ToJson(Owner, Repo, Web, detailed: true));
        }

        if (PullPath().Match(rest) is { Success: true } pullMatch && method == "GET")
        {
            var pull = PullRequests.FirstOrDefault(p => p.Number == int.Parse(pullMatch.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            return pull is null ? Error(404, "Not Found") : Ok(200, pull.ToJson(Owner, Repo, Web, detailed: true));
        }

        if (CommitPullsPath().Match(rest) is { Success: true } commitMatch && method == "GET")
        {
            var found = CommitPullRequests.TryGetValue(commitMatch.Groups[1].Value, out var number) ? PullRequests.Where(p => p.Number == number) : [];
            return Ok(200, new JsonArray(found.Select(p => (JsonNode)p.ToJson(Owner, Repo, Web, detailed: false)).ToArray()));
        }

        if (rest.StartsWith("/releases/tags/", StringComparison.Ordinal) && method == "GET")
        {
            var release = Releases.FirstOrDefault(r => !r.Draft && r.TagName == Uri.UnescapeDataString(rest["/releases/tags/".Length..]));
            return release is null ? Error(404, "Not Found") : Ok(200, release.ToJson(Owner, Repo, Web));
        }

        if (rest == "/releases" && method == "GET")
        {
            // Newest first, drafts included (the token has push access).
            return Ok(200, new JsonArray(Releases.OrderByDescending(r => r.Id).Select(r => (JsonNode)r.ToJson(Owner, Repo, Web)).ToArray()));
        }

        if (rest == "/releases" && method == "POST")
        {
            var tag = (string)body!["tag_name"]!;
            if (Releases.Any(r => r.TagName == tag))
            {
                return Error(422, "Validation Failed", new JsonArray(new JsonObject { ["resource"] = "Release", ["code"] = "already_exists", ["field"] = "tag_name" }));
            }

            var release = new FakeRelease { Id = ++_nextRelease, TagName = tag };
            Apply(release, body);
            Releases.Add(release);
            return Ok(201, release.ToJson(Owner, Repo, Web));
        }

        if (ReleasePath().Match(rest) is { Success: true } releaseMatch && method == "PATCH")
        {
            var release = Releases.FirstOrDefault(r => r.Id == long.Parse(releaseMatch.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            if (release is null)
            {
                return Error(404, "Not Found");
            }

            Apply(release, body!);
            return Ok(200, release.ToJson(Owner, Repo, Web));
        }

        return Error(404, "Not Found");
    }

    private static void Apply(FakeRelease release, JsonObject body)
    {
        release.TagName = (string?)body["tag_name"] ?? release.TagName;
        release.Name = (string?)body["name"] ?? release.Name;
        release.Body = (string?)body["body"] ?? release.Body;
        release.Draft = (bool?)body["draft"] ?? release.Draft;
        release.Prerelease = (bool?)body["prerelease"] ?? release.Prerelease;
    }

    private static (int, string, IReadOnlyDictionary<string, string>) Ok(int status, JsonNode json) => (status, json.ToJsonString(), new Dictionary<string, string>());

    /// <summary>GitHub's error body: message, documentation_url and, for 422, errors.</summary>
    public static string ErrorBody(string message, JsonArray? errors = null)
    {
        var json = new JsonObject { ["message"] = message, ["documentation_url"] = "https://docs.github.com/rest", ["status"] = "error" };
        if (errors is not null)
        {
            json["errors"] = errors;
        }

        return json.ToJsonString();
    }

    private static (int, string, IReadOnlyDictionary<string, string>) Error(int status, string message, JsonArray? errors = null) =>
        (status, ErrorBody(message, errors), new Dictionary<string, string>());

    [GeneratedRegex(@"author:(\S+)")]
    private static partial Regex AuthorTerm();

    [GeneratedRegex(@"^/pulls/(\d+)$")]
    private static partial Regex PullPath();

    [GeneratedRegex(@"^/commits/([0-9a-f]+)/pulls$")]
    private static partial Regex CommitPullsPath();

    [GeneratedRegex(@"^/releases/(\d+)$")]
    private static partial Regex ReleasePath();
}

using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Slipway.Core.Forges.GitHub;
using Slipway.EndToEnd.Tests.Support.GitHubContract;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// GitHub's REST API for one repository, served on a loopback port under /api/v3 (as GitHub
/// Enterprise serves it). Every request is checked against GitHub's own OpenAPI description
/// (<see cref="OpenApiDescription"/>): one that breaks the contract is answered 400 with what is
/// wrong, and fails the test when the fake is disposed, whatever the test asserted. Answers start
/// from the description's examples, filled with the fake's state, and lists are paged as GitHub pages
/// them (per_page, page, a Link header). It records every request and can be told to answer the next
/// matching requests with a scripted status (401, 404, 422, rate limits, 5xx), also after doing
/// what the request asked (a gateway that lost GitHub's answer).
/// </summary>
public sealed partial class FakeGitHub : IDisposable
{
    public const string Token = "ghp_fakeTokenThatMustNeverBePrinted0123456789";

    /// <summary>The repository's id: GitHub's Link headers name a repository's lists by it (<c>/repositories/ID/releases?page=2</c>).</summary>
    public const long RepositoryId = 4242;

    private readonly HttpListener _listener;
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<FakeAnswer> _answers = [];
    private readonly List<string> _violations = [];
    private readonly object _gate = new();

    public FakeGitHub(string owner = "kubeopencode", string repo = "kubeopencode")
    {
        (Owner, Repo) = (owner, repo);
        _ = OpenApiDescription.GitHub; // a missing description fails here, with how to install it
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            // A new listener each attempt: a failed Start() disposes the listener it was called on
            // (reusing it threw ObjectDisposedException in a full-suite run).
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                _listener = listener;
                Web = $"http://127.0.0.1:{port}";
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between probing and binding: try another.
                ((IDisposable)listener).Dispose();
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

    /// <summary>
    /// Answers the next <paramref name="times"/> requests matching <paramref name="matches"/> (all when
    /// null) with this status, headers and body; with <paramref name="performed"/>, after doing what
    /// each asked, as when GitHub did the work and the answer was lost on the way back.
    /// </summary>
    public void Answer(int status, string body, Dictionary<string, string>? headers = null, int times = 1, Func<RecordedRequest, bool>? matches = null, bool performed = false)
    {
        lock (_gate)
        {
            _answers.Add(new FakeAnswer(status, body, headers ?? [], matches ?? (_ => true)) { Times = times, Performed = performed });
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

        var violations = TakeViolations();
        if (violations.Count > 0)
        {
            Assert.Fail($"GitHub's API contract ({OpenApiDescription.Package} {OpenApiDescription.GitHub.Version}, api.github.com) was broken:\n  " + string.Join("\n  ", violations));
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
            var raw = context.Request.Url!.AbsolutePath;
            var path = raw.StartsWith("/api/v3", StringComparison.Ordinal) ? raw[7..] : raw;
            var request = new RecordedRequest(context.Request.HttpMethod, ByRepositoryName(path), context.Request.Url.Query, headers, await reader.ReadToEndAsync());
            FakeResponse answer;
            lock (_gate)
            {
                _requests.Add(request);
                answer = Answer(request);
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

    private static FakeResponse Error(int status, string message, JsonArray? errors = null) => new(status, ErrorBody(message, errors), new Dictionary<string, string>());
}

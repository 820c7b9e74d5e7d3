using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Slipway.Core.Hosting;

namespace Slipway.Core.Forges.GitHub;

/// <summary>An answer: its body, and the address of the next page when GitHub's Link header names one (not yet checked: see <see cref="GitHubPages"/>).</summary>
public sealed record GitHubAnswer(string Body, string? NextPage);

/// <summary>
/// Sends requests to GitHub's REST API with its headers and the token, and deals with what the
/// network and GitHub throw back: a rate limit is waited out (each wait up to a cap, a bounded
/// number of times, apart from the tries for failures), a 5xx or a dropped connection is tried again
/// with a growing pause, anything else becomes a clear error. A POST is never sent again here: its
/// failure may hide work GitHub did, which only the caller can look for (<see cref="GitHubCreation"/>).
/// Synchronous (HttpClient.Send): release steps are synchronous, and nothing here runs in parallel.
/// </summary>
public sealed class GitHubHttp : IDisposable
{
    /// <summary>Tries for a request that fails with a 5xx or a dropped connection.</summary>
    public const int Attempts = 3;

    /// <summary>Rate-limit waits for one request, besides its <see cref="Attempts"/>.</summary>
    public const int RateLimitWaits = 6;

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    private readonly HttpClient _client;
    private readonly GitHubToken _token;
    private readonly RunHost _host;

    public GitHubHttp(Uri apiBase, GitHubToken token, RunHost host, HttpMessageHandler? handler = null)
    {
        _client = handler is null ? new HttpClient() : new HttpClient(handler);
        _client.BaseAddress = apiBase;
        _client.Timeout = TimeSpan.FromSeconds(60);
        _token = token;
        _host = host;
        ApiBase = apiBase;
    }

    public Uri ApiBase { get; }

    /// <summary>The longest rate-limit wait; beyond it the request fails and says when the limit resets.</summary>
    public TimeSpan RateLimitCap { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The answer's body, or null for a 404 when <paramref name="notFoundIsNull"/> (a lookup that may find nothing).</summary>
    public string? Send(HttpMethod method, string path, string? json = null, bool notFoundIsNull = false) =>
        Exchange(method, path, json, notFoundIsNull)?.Body;

    /// <summary>The answer with its next page, or null for a 404 when <paramref name="notFoundIsNull"/>.</summary>
    /// <exception cref="GitHubException">GitHub refused or failed; <see cref="GitHubException.OutcomeUnknown"/> for a POST that may have been carried out.</exception>
    public GitHubAnswer? Exchange(HttpMethod method, string path, string? json = null, bool notFoundIsNull = false)
    {
        var endpoint = $"{method.Method} /{path.Split('?')[0].TrimStart('/')}";
        var repeatable = method != HttpMethod.Post;
        var (failures, waits, secondaryWaits, waited) = (0, 0, 0, TimeSpan.Zero);
        while (true)
        {
            HttpResponseMessage response;
            string body;
            try
            {
                (response, body) = Receive(method, path, json);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                if (repeatable && ++failures < Attempts)
                {
                    Backoff(failures);
                    continue;
                }

                throw GitHubFailure.Unreachable(endpoint, ApiBase, e.Message, _token, outcomeUnknown: !repeatable);
            }

            using (response)
            {
                _host.Trace?.Invoke($"github: {endpoint} → {(int)response.StatusCode}");
                if (response.IsSuccessStatusCode)
                {
                    return new GitHubAnswer(body, GitHubPages.NextLink(response.Headers));
                }

                if (response.StatusCode == HttpStatusCode.NotFound && notFoundIsNull)
                {
                    return null;
                }

                // A rate-limited request was refused, not carried out: sending it again is safe, even a POST.
                if (RateLimit.WaitFor(response.StatusCode, response.Headers, body, _host.Now(), secondaryWaits) is { } limit)
                {
                    var tooLong = limit.Wait > RateLimitCap;
                    if (tooLong || waits >= RateLimitWaits)
                    {
                        throw tooLong && (!limit.Secondary || waits == 0)
                            ? GitHubFailure.RateLimited(endpoint, limit.ResetsAt, RateLimitCap)
                            : GitHubFailure.StillLimited(endpoint, waits, waited);
                    }

                    waits++;
                    secondaryWaits += limit.Secondary ? 1 : 0;
                    waited += limit.Wait;
                    _host.Trace?.Invoke($"github: rate limited{(limit.Secondary ? " (secondary limit)" : string.Empty)}; waiting {limit.Wait.TotalSeconds:0.#}s");
                    _host.Sleep(limit.Wait);
                    continue;
                }

                if ((int)response.StatusCode >= 500 && repeatable && ++failures < Attempts)
                {
                    Backoff(failures);
                    continue;
                }

                throw GitHubFailure.From(endpoint, response.StatusCode, body, _token, outcomeUnknown: (int)response.StatusCode >= 500 && !repeatable);
            }
        }
    }

    /// <summary>The pause before try <paramref name="attempt"/> + 1: 1 s, 2 s, 4 s…</summary>
    public void Backoff(int attempt) => _host.Sleep(FirstBackoff * Math.Pow(2, attempt - 1));

    /// <summary>A line for --verbose (never the token: callers pass only what they built).</summary>
    public void Trace(string line) => _host.Trace?.Invoke("github: " + line);

    public void Dispose() => _client.Dispose();

    private (HttpResponseMessage Response, string Body) Receive(HttpMethod method, string path, string? json)
    {
        var response = _client.Send(Request(method, path, json));
        try
        {
            using var reader = new StreamReader(response.Content.ReadAsStream(), Encoding.UTF8);
            return (response, reader.ReadToEnd());
        }
        catch
        {
            response.Dispose(); // the connection broke while the body came
            throw;
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path, string? json)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
        request.Headers.Add("X-GitHub-Api-Version", "2022-11-28");
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("slipway", null));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token.Value);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return request;
    }
}

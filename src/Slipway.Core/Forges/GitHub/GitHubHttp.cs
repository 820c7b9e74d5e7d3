using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Slipway.Core.Hosting;

namespace Slipway.Core.Forges.GitHub;

/// <summary>
/// Sends requests to GitHub's REST API with its headers and the token, and deals with what the
/// network and GitHub throw back: a rate limit is waited out (up to a cap), a 5xx or a dropped
/// connection is tried again with a growing pause, anything else becomes a clear error. Synchronous
/// (HttpClient.Send): release steps are synchronous, and nothing here runs in parallel.
/// </summary>
public sealed class GitHubHttp : IDisposable
{
    public const int Attempts = 3;

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
    public string? Send(HttpMethod method, string path, string? json = null, bool notFoundIsNull = false)
    {
        var endpoint = $"{method.Method} /{path.Split('?')[0].TrimStart('/')}";
        var backoff = FirstBackoff;
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = _client.Send(Request(method, path, json));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                if (attempt < Attempts)
                {
                    Pause(ref backoff);
                    continue;
                }

                throw GitHubFailure.Unreachable(endpoint, ApiBase, e.Message, _token);
            }

            using (response)
            {
                var body = ReadBody(response);
                _host.Trace?.Invoke($"github: {endpoint} → {(int)response.StatusCode}");
                if (response.IsSuccessStatusCode)
                {
                    return body;
                }

                if (response.StatusCode == HttpStatusCode.NotFound && notFoundIsNull)
                {
                    return null;
                }

                if (RateLimit.WaitFor(response.StatusCode, response.Headers, _host.Now()) is { } limit && attempt < Attempts + 2)
                {
                    if (limit.Wait > RateLimitCap)
                    {
                        throw GitHubFailure.RateLimited(endpoint, limit.ResetsAt, RateLimitCap);
                    }

                    _host.Trace?.Invoke($"github: rate limited; waiting {limit.Wait.TotalSeconds:0.#}s");
                    _host.Sleep(limit.Wait);
                    continue;
                }

                if ((int)response.StatusCode >= 500 && attempt < Attempts)
                {
                    Pause(ref backoff);
                    continue;
                }

                throw GitHubFailure.From(endpoint, response.StatusCode, body, _token);
            }
        }
    }

    public void Dispose() => _client.Dispose();

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

    private void Pause(ref TimeSpan backoff)
    {
        _host.Sleep(backoff);
        backoff *= 2;
    }

    private static string ReadBody(HttpResponseMessage response)
    {
        using var reader = new StreamReader(response.Content.ReadAsStream(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

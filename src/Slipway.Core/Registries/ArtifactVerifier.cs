using System.Net;
using Slipway.Core.Configuration;

namespace Slipway.Core.Registries;

/// <summary>
/// Checks artifacts, several at once (bounded), each to its own result: one unreachable registry or
/// nonsense answer becomes that artifact's result and never stops the others.
/// </summary>
public sealed class ArtifactVerifier : IDisposable
{
    private readonly HttpClient _http;
    private readonly RetryingSender _sender;
    private readonly RegistryClient _client;
    private readonly RegistrySettings _settings;

    public ArtifactVerifier(RegistrySettings settings, RegistryCredentials credentials, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        _settings = settings;
        _http = new HttpClient(new SocketsHttpHandler
        {
            ConnectTimeout = settings.Timeout,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan, // each attempt has its own timeout (RetryingSender)
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("slipway");
        _sender = new RetryingSender(_http, settings, delay);
        _client = new RegistryClient(_sender, new RegistryAuthenticator(_sender, credentials, settings), settings);
    }

    /// <summary>The results, in the order of <paramref name="checks"/>.</summary>
    public async Task<IReadOnlyList<ArtifactResult>> CheckAsync(IReadOnlyList<ArtifactCheck> checks, CancellationToken cancellation = default)
    {
        using var gate = new SemaphoreSlim(Math.Max(1, _settings.Concurrency));
        var tasks = checks.Select(async check =>
        {
            await gate.WaitAsync(cancellation).ConfigureAwait(false);
            try
            {
                return await CheckOneAsync(check, cancellation).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    public async Task<ArtifactResult> CheckOneAsync(ArtifactCheck check, CancellationToken cancellation = default)
    {
        if (check.Problem is { } problem)
        {
            return new ArtifactResult(check, ArtifactStatus.Missing, problem);
        }

        try
        {
            return check.Kind switch
            {
                ArtifactKind.Image => await ImageCheck.RunAsync(_client, check, cancellation).ConfigureAwait(false),
                ArtifactKind.Chart => await ChartCheck.RunAsync(_client, check, cancellation).ConfigureAwait(false),
                _ => await UrlCheck.RunAsync(_sender, check, cancellation).ConfigureAwait(false),
            };
        }
        catch (RegistryProblemException e)
        {
            return new ArtifactResult(check, e.Status, e.Message);
        }
        catch (HttpRequestException e)
        {
            return new ArtifactResult(check, ArtifactStatus.Unreachable, $"the connection failed while reading the answer: {e.Message}");
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && !cancellation.IsCancellationRequested)
        {
            return new ArtifactResult(check, ArtifactStatus.Unreachable, $"the connection broke off: {e.Message}");
        }
    }

    public void Dispose() => _http.Dispose();
}

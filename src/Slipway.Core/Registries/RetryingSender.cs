using System.Net;
using Slipway.Core.Configuration;

namespace Slipway.Core.Registries;

/// <summary>
/// Sends one HTTP request with a timeout per attempt, retrying connection errors, timeouts, 429 (after
/// its Retry-After) and 5xx with exponential backoff and jitter. The delay is injected so tests need not sleep.
/// A successful answer's body is read within the attempt's timeout and at most
/// <see cref="LargestBody"/> (a manifest's limit in the distribution spec); a failed answer's body is
/// never read, since nothing in it is used.
/// </summary>
public sealed class RetryingSender(HttpClient http, RegistrySettings settings, Func<TimeSpan, CancellationToken, Task>? delay = null)
{
    /// <summary>The most of one body Slipway holds: registries must accept manifests up to 4 MiB, and nothing it reads is larger.</summary>
    public const int LargestBody = 4 << 20;

    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromMinutes(2);
    private readonly Func<TimeSpan, CancellationToken, Task> _delay = delay ?? Task.Delay;

    /// <summary>
    /// The response, its body read within the timeout (or dropped unread when <paramref name="keepBody"/>
    /// is false: a URL check needs the status alone). A 429 or 5xx that outlasts the retries is returned
    /// as it is; a connection error or timeout that does, or a body over the limit, becomes a
    /// <see cref="RegistryProblemException"/>.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, bool keepBody, CancellationToken cancellation)
    {
        for (var attempt = 0; ; attempt++)
        {
            var last = attempt >= settings.Retries;
            using var message = request();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(settings.Timeout);
            HttpResponseMessage? response = null;
            try
            {
                // Headers first: buffering the whole answer (ResponseContentRead) would hold any body, however large.
                response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                await BoundedBody.BufferAsync(response, keepBody && response.IsSuccessStatusCode ? LargestBody : 0, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellation.IsCancellationRequested && e is HttpRequestException or OperationCanceledException or IOException)
            {
                response?.Dispose();
                if (last)
                {
                    throw new RegistryProblemException(ArtifactStatus.Unreachable, Describe(e, message.RequestUri!));
                }

                await _delay(Backoff(attempt), cancellation).ConfigureAwait(false);
                continue;
            }
            catch
            {
                response?.Dispose(); // a body over the limit, or the caller's cancellation
                throw;
            }

            if (last || !IsTransient(response.StatusCode))
            {
                return response;
            }

            var wait = RetryAfter(response) ?? Backoff(attempt);
            response.Dispose();
            await _delay(wait, cancellation).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait is null ? null : wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestRetryAfter ? LongestRetryAfter : wait;
    }

    // Full jitter between half and all of the doubled delay keeps concurrent checks from retrying in step.
    private TimeSpan Backoff(int attempt)
    {
        var doubled = settings.RetryDelay.TotalMilliseconds * Math.Pow(2, attempt);
        var capped = Math.Min(doubled, settings.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() / 2)));
    }

    private string Describe(Exception error, Uri uri)
    {
        var where = uri.GetLeftPart(UriPartial.Authority);
        if (error is OperationCanceledException)
        {
            return $"no answer from {where} within {settings.Timeout.TotalSeconds:0.#}s ({settings.Retries + 1} attempt(s))";
        }

        var inner = error.InnerException?.Message is { Length: > 0 } detail ? $": {detail}" : string.Empty;
        return $"cannot reach {where} ({error.Message.TrimEnd('.')}{inner}; {settings.Retries + 1} attempt(s))";
    }
}

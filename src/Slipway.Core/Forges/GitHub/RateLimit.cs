using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Slipway.Core.Forges.GitHub;

/// <summary>
/// Reads GitHub's rate-limit answers: a secondary limit says how long to wait in Retry-After (with
/// 403 or 429), the primary limit says when it resets in X-RateLimit-Reset (epoch seconds) once
/// X-RateLimit-Remaining is 0. Null means the answer is not about a rate limit.
/// </summary>
public static class RateLimit
{
    public static (TimeSpan Wait, DateTimeOffset ResetsAt)? WaitFor(HttpStatusCode status, HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (status is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        if (headers.RetryAfter is { } retry)
        {
            var wait = retry.Delta ?? (retry.Date is { } date ? date - now : TimeSpan.Zero);
            wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            return (wait, now + wait);
        }

        if (Header(headers, "X-RateLimit-Remaining") == "0"
            && long.TryParse(Header(headers, "X-RateLimit-Reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            var resetsAt = DateTimeOffset.FromUnixTimeSeconds(epoch);
            var wait = resetsAt - now;

            // The reset is whole seconds: wait until just after it, never a negative time.
            return (wait < TimeSpan.Zero ? TimeSpan.Zero : wait + TimeSpan.FromMilliseconds(250), resetsAt);
        }

        return status == HttpStatusCode.TooManyRequests ? (TimeSpan.FromSeconds(60), now.AddSeconds(60)) : null;
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Slipway.Core.Forges.GitHub;

/// <summary>How long a rate-limited answer asks to wait, and until when; <see cref="Secondary"/> for GitHub's secondary limits.</summary>
public sealed record RateLimitWait(TimeSpan Wait, DateTimeOffset ResetsAt, bool Secondary);

/// <summary>
/// Reads GitHub's rate-limit answers as its documentation says to: a Retry-After (403 or 429) is
/// waited out as it says; an exhausted primary limit (X-RateLimit-Remaining: 0) until
/// X-RateLimit-Reset (epoch seconds); a secondary limit without either header (a 403 that says "secondary
/// rate limit", or a bare 429) at least a minute, doubling on each repeat. Null means the answer is
/// not about a rate limit (a 403 for a missing permission).
/// </summary>
public static class RateLimit
{
    public static readonly TimeSpan SecondaryWait = TimeSpan.FromMinutes(1);

    /// <param name="earlierSecondaryWaits">How many secondary-limit waits this request already had: each repeat waits twice as long.</param>
    public static RateLimitWait? WaitFor(HttpStatusCode status, HttpResponseHeaders headers, string body, DateTimeOffset now, int earlierSecondaryWaits = 0)
    {
        if (status is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        if (headers.RetryAfter is { } retry)
        {
            var wait = retry.Delta ?? (retry.Date is { } date ? date - now : TimeSpan.Zero);
            wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            return new RateLimitWait(wait, now + wait, Secondary: true);
        }

        if (Header(headers, "X-RateLimit-Remaining") == "0"
            && long.TryParse(Header(headers, "X-RateLimit-Reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            var resetsAt = DateTimeOffset.FromUnixTimeSeconds(epoch);
            var wait = resetsAt - now;

            // The reset is whole seconds: wait until just after it, never a negative time.
            return new RateLimitWait(wait < TimeSpan.Zero ? TimeSpan.Zero : wait + TimeSpan.FromMilliseconds(250), resetsAt, Secondary: false);
        }

        if (status == HttpStatusCode.TooManyRequests || SaysSecondary(body))
        {
            var wait = SecondaryWait * Math.Pow(2, earlierSecondaryWaits);
            return new RateLimitWait(wait, now + wait, Secondary: true);
        }

        return null;
    }

    // GitHub's words: "You have exceeded a secondary rate limit" (and, before 2023, "abuse detection mechanism").
    private static bool SaysSecondary(string body) =>
        body.Contains("secondary rate limit", StringComparison.OrdinalIgnoreCase) || body.Contains("abuse detection", StringComparison.OrdinalIgnoreCase);

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}

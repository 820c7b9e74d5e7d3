using Slipway.Core.Diagnostics;

namespace Slipway.Core.Forges.GitHub;

/// <summary>
/// Creates something on GitHub at most once. A POST whose answer is lost (a 5xx, a dropped
/// connection) may have been carried out: GitHub often answers 502 after the work is done. So
/// before it is sent again, and when GitHub says the thing already exists, what it would have made
/// is looked for: found and as Slipway sent it, that is the result (the POST took effect); found and
/// different, someone else made it meanwhile, which is an error (SW411) rather than a second one or
/// an overwrite; not found, the POST is tried again, up to <see cref="GitHubHttp.Attempts"/> times.
/// </summary>
internal static class GitHubCreation
{
    public static T Create<T>(GitHubHttp http, string path, string json, Func<string, T> parse, Func<T?> find, Func<T, bool> isOurs, Func<T, SlipwayException> notOurs)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            GitHubException failure;
            try
            {
                return parse(http.Send(HttpMethod.Post, path, json)!);
            }
            catch (GitHubException e) when (e.OutcomeUnknown || e.AlreadyExists)
            {
                failure = e;
            }

            if (failure.OutcomeUnknown)
            {
                http.Backoff(attempt); // GitHub's lists may show what it made only a moment later
            }

            if (find() is { } found)
            {
                var ours = isOurs(found);
                http.Trace($"POST /{path} {(failure.AlreadyExists ? "found it already made" : "failed, yet it was made")}; {(ours ? "it is what Slipway sent" : "it is not what Slipway sent")}");
                return ours ? found : throw notOurs(found);
            }

            if (failure.AlreadyExists || attempt >= GitHubHttp.Attempts)
            {
                throw failure;
            }

            http.Trace($"POST /{path} failed and nothing was made; trying again");
        }
    }

    /// <summary>Text as GitHub keeps it: line endings and trailing blanks may differ from what was sent.</summary>
    public static bool SameText(string? kept, string? sent) =>
        string.Equals(kept?.ReplaceLineEndings("\n").TrimEnd(), sent?.ReplaceLineEndings("\n").TrimEnd(), StringComparison.Ordinal);
}

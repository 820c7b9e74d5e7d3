using System.Net;
using System.Text.Json;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Forges.GitHub;

/// <summary>
/// Turns a failed answer into an error that names the request (method and path, never the host's
/// credentials), the HTTP status and GitHub's own message, with what to do about it. Everything the
/// server said passes through the token's redaction first: a proxy or server may echo it.
/// </summary>
internal static class GitHubFailure
{
    public static GitHubException From(string endpoint, HttpStatusCode status, string body, GitHubToken token, bool outcomeUnknown = false)
    {
        var error = Parse(body);
        var said = token.Redact(error?.Message ?? Excerpt(body));
        var message = $"{endpoint} answered {(int)status} {Reason(status)}" + (said.Length > 0 ? $": {said}" : string.Empty);
        var details = (error?.Errors ?? []).Select(e => token.Redact(Detail(e))).ToList();
        if (error?.DocumentationUrl is { } docs)
        {
            details.Add("see " + token.Redact(docs));
        }

        var (kind, hint) = status switch
        {
            HttpStatusCode.Unauthorized => (Errors.GitHubTokenRejected, "the token is wrong, expired or revoked; make a new one (a fine-grained token with Contents and Pull requests read/write, or a classic token with 'repo'), and set GITHUB_TOKEN"),
            HttpStatusCode.NotFound => (Errors.GitHubNotFound, "check forge.repository (owner/name) and that the token can see the repository: a token without access to a private repository gets 404, not 403"),
            HttpStatusCode.UnprocessableEntity => (Errors.GitHubRejected, "GitHub lists what it refused above"),
            HttpStatusCode.Forbidden => (Errors.GitHubFailed, "the token lacks a permission this needs (Contents and Pull requests: read and write), or an organisation policy blocks it"),
            _ => (Errors.GitHubFailed, "GitHub may be having trouble (githubstatus.com); run the command again later"),
        };
        return new GitHubException(kind, status == HttpStatusCode.Unauthorized ? $"GitHub rejected the token from {token.Source}: {message}" : message, hint, details)
        {
            Status = status,
            AlreadyExists = status == HttpStatusCode.UnprocessableEntity && (error?.Errors ?? []).Any(IsAlreadyExists),
            OutcomeUnknown = outcomeUnknown,
        };
    }

    public static GitHubException Unreachable(string endpoint, Uri api, string why, GitHubToken token, bool outcomeUnknown = false) =>
        new(Errors.GitHubFailed, token.Redact($"{endpoint}: {api.Host} could not be reached: {why}"),
            $"check the network, and forge.api or {GitHubEndpoint.ApiVariable} if this is GitHub Enterprise")
        {
            OutcomeUnknown = outcomeUnknown,
        };

    public static SlipwayException RateLimited(string endpoint, DateTimeOffset resetsAt, TimeSpan cap) =>
        new(Errors.GitHubRateLimited, $"{endpoint}: the GitHub rate limit is exhausted until {resetsAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, longer than Slipway waits ({cap.TotalMinutes:0} minutes)",
            "run the command again after that time ('slipway resume' in a release); a token of its own (not a shared CI token) has its own limit");

    public static SlipwayException StillLimited(string endpoint, int waits, TimeSpan waited) =>
        new(Errors.GitHubRateLimited, $"{endpoint}: GitHub's rate limit held through {waits} wait(s), {waited.TotalMinutes:0.#} minutes in all",
            "GitHub limits how fast one token may make requests and create content; wait a few minutes, then run the command again ('slipway resume' in a release)");

    private static bool IsAlreadyExists(GitHubErrorDetail detail) =>
        detail.Code == "already_exists" || (detail.Message?.Contains("already exists", StringComparison.OrdinalIgnoreCase) ?? false);

    private static GitHubErrorBody? Parse(string body)
    {
        try
        {
            return body.TrimStart().StartsWith('{') ? JsonSerializer.Deserialize(body, GitHubJson.Default.GitHubErrorBody) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Detail(GitHubErrorDetail e)
    {
        var where = string.Join('.', new[] { e.Resource, e.Field }.OfType<string>());
        var what = e.Message ?? e.Code ?? "invalid";
        return where.Length > 0 ? $"{where}: {what}" : what;
    }

    private static string Excerpt(string body)
    {
        var line = body.ReplaceLineEndings(" ").Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }

    private static string Reason(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => "Unauthorized",
        HttpStatusCode.Forbidden => "Forbidden",
        HttpStatusCode.NotFound => "Not Found",
        HttpStatusCode.UnprocessableEntity => "Unprocessable Entity",
        HttpStatusCode.TooManyRequests => "Too Many Requests",
        HttpStatusCode.InternalServerError => "Internal Server Error",
        HttpStatusCode.BadGateway => "Bad Gateway",
        HttpStatusCode.ServiceUnavailable => "Service Unavailable",
        HttpStatusCode.GatewayTimeout => "Gateway Timeout",
        _ => status.ToString(),
    };
}

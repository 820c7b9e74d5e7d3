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
    public static SlipwayException From(string endpoint, HttpStatusCode status, string body, GitHubToken token)
    {
        var error = Parse(body);
        var said = token.Redact(error?.Message ?? Excerpt(body));
        var message = $"{endpoint} answered {(int)status} {Reason(status)}" + (said.Length > 0 ? $": {said}" : string.Empty);
        var details = (error?.Errors ?? []).Select(e => token.Redact(Detail(e))).ToList();
        if (error?.DocumentationUrl is { } docs)
        {
            details.Add("see " + token.Redact(docs));
        }

        return status switch
        {
            HttpStatusCode.Unauthorized => new SlipwayException(Errors.GitHubTokenRejected, $"GitHub rejected the token from {token.Source}: {message}",
                "the token is wrong, expired or revoked; make a new one (a fine-grained token with Contents and Pull requests read/write, or a classic token with 'repo'), and set GITHUB_TOKEN", details),
            HttpStatusCode.NotFound => new SlipwayException(Errors.GitHubNotFound, message,
                "check forge.repository (owner/name) and that the token can see the repository: a token without access to a private repository gets 404, not 403", details),
            HttpStatusCode.UnprocessableEntity => new SlipwayException(Errors.GitHubRejected, message,
                "GitHub lists what it refused above", details),
            HttpStatusCode.Forbidden => new SlipwayException(Errors.GitHubFailed, message,
                "the token lacks a permission this needs (Contents and Pull requests: read and write), or an organisation policy blocks it", details),
            _ => new SlipwayException(Errors.GitHubFailed, message, "GitHub may be having trouble (githubstatus.com); run the command again later", details),
        };
    }

    public static SlipwayException Unreachable(string endpoint, Uri api, string why, GitHubToken token) =>
        new(Errors.GitHubFailed, token.Redact($"{endpoint}: {api.Host} could not be reached: {why}"),
            $"check the network, and forge.api or {GitHubEndpoint.ApiVariable} if this is GitHub Enterprise");

    public static SlipwayException RateLimited(string endpoint, DateTimeOffset resetsAt, TimeSpan cap) =>
        new(Errors.GitHubRateLimited, $"{endpoint}: the GitHub rate limit is exhausted until {resetsAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, longer than Slipway waits ({cap.TotalMinutes:0} minutes)",
            "run the command again after that time ('slipway resume' in a release); a token of its own (not a shared CI token) has its own limit");

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
        _ => status.ToString(),
    };
}

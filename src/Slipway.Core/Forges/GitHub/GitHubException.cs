using System.Net;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Forges.GitHub;

/// <summary>
/// A GitHub request that failed, with what a caller decides on: the status, whether GitHub said the
/// thing already exists, and whether the request may have been carried out although it failed (a
/// 5xx or a lost connection after a POST: GitHub often does the work and the answer is lost).
/// </summary>
public sealed class GitHubException : SlipwayException
{
    public GitHubException(ErrorKind kind, string message, string? hint = null, IReadOnlyList<string>? details = null)
        : base(kind, message, hint, details)
    {
    }

    public GitHubException()
        : this(Errors.GitHubFailed, "a GitHub API request failed")
    {
    }

    public GitHubException(string message)
        : this(Errors.GitHubFailed, message)
    {
    }

    public GitHubException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode? Status { get; init; }

    /// <summary>A 422 whose errors say the object already exists (a release's tag, a pull request between the same branches).</summary>
    public bool AlreadyExists { get; init; }

    /// <summary>The request may have been carried out: what it would have made must be looked for before it is sent again.</summary>
    public bool OutcomeUnknown { get; init; }
}

using System.Text.Json.Serialization;

namespace Slipway.Core.Forges.GitHub;

// The shapes of GitHub's REST API (docs.github.com/rest), only the fields Slipway reads or writes.

public sealed record GitHubUser(string Login, string? Type)
{
    public bool IsBot => string.Equals(Type, "Bot", StringComparison.Ordinal);
}

public sealed record GitHubBranch(string Ref, string? Label, string? Sha);

public sealed record GitHubPullRequest
{
    public required int Number { get; init; }

    public required string HtmlUrl { get; init; }

    /// <summary>open or closed; a merged pull request is closed with <see cref="MergedAt"/> set.</summary>
    public required string State { get; init; }

    public string? Title { get; init; }

    public string? Body { get; init; }

    /// <summary>Only in the answer for one pull request; lists have <see cref="MergedAt"/> alone.</summary>
    public bool? Merged { get; init; }

    public DateTimeOffset? MergedAt { get; init; }

    public string? MergeCommitSha { get; init; }

    public GitHubBranch? Head { get; init; }

    public GitHubBranch? Base { get; init; }

    public GitHubUser? User { get; init; }

    [JsonIgnore]
    public bool IsMerged => Merged == true || MergedAt is not null;

    [JsonIgnore]
    public bool IsOpen => string.Equals(State, "open", StringComparison.Ordinal);
}

public sealed record NewPullRequest(string Title, string Head, string Base, string Body);

/// <summary>The body of an update of a pull request's state: "closed" or "open".</summary>
public sealed record PullRequestStateWrite(string State);

public sealed record GitHubRelease
{
    public required long Id { get; init; }

    public required string TagName { get; init; }

    public string? Name { get; init; }

    public string? Body { get; init; }

    public bool Draft { get; init; }

    public bool Prerelease { get; init; }

    public string? HtmlUrl { get; init; }
}

/// <summary>The body of POST /releases and PATCH /releases/ID.</summary>
public sealed record ReleaseWrite(string TagName, string Name, string Body, bool Prerelease, bool Draft);

/// <summary>An issue or pull request as the search lists it; a pull request has <see cref="PullRequest"/>, with its merge time.</summary>
public sealed record GitHubSearchItem(int Number)
{
    public string? Title { get; init; }

    public string? HtmlUrl { get; init; }

    public GitHubUser? User { get; init; }

    public IReadOnlyList<GitHubLabel>? Labels { get; init; }

    public GitHubIssuePullRequest? PullRequest { get; init; }
}

public sealed record GitHubLabel(string? Name);

/// <summary>The pull request part of an issue (search items): set only on pull requests.</summary>
public sealed record GitHubIssuePullRequest(DateTimeOffset? MergedAt);

/// <summary>A search's answer; <see cref="IncompleteResults"/> when the search timed out and found only part of what matches.</summary>
public sealed record GitHubSearchResult(int TotalCount, bool IncompleteResults, IReadOnlyList<GitHubSearchItem> Items);

public sealed record GitHubErrorDetail(string? Resource, string? Field, string? Code, string? Message);

/// <summary>What GitHub answers with a failure: a message, a link to the docs, and for 422 the errors.</summary>
public sealed record GitHubErrorBody(string? Message, string? DocumentationUrl, IReadOnlyList<GitHubErrorDetail>? Errors);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GitHubPullRequest))]
[JsonSerializable(typeof(List<GitHubPullRequest>))]
[JsonSerializable(typeof(NewPullRequest))]
[JsonSerializable(typeof(PullRequestStateWrite))]
[JsonSerializable(typeof(GitHubRelease))]
[JsonSerializable(typeof(List<GitHubRelease>))]
[JsonSerializable(typeof(ReleaseWrite))]
[JsonSerializable(typeof(GitHubSearchResult))]
[JsonSerializable(typeof(GitHubErrorBody))]
internal sealed partial class GitHubJson : JsonSerializerContext;

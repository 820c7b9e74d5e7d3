using System.Text.Json.Serialization;

namespace Slipway.Core.Release.Journal;

/// <summary>What steps record for later steps (and for a resume): the commits of the release and where it is on the forge.</summary>
public sealed class ReleaseFacts
{
    /// <summary>The commit the release branch starts from.</summary>
    [JsonPropertyName("base-commit")]
    public string? BaseCommit { get; set; }

    /// <summary>The release commit on the release branch.</summary>
    [JsonPropertyName("release-commit")]
    public string? ReleaseCommit { get; set; }

    /// <summary>The commit of the base branch where the release merged (the one the tag points at).</summary>
    [JsonPropertyName("merge-commit")]
    public string? MergeCommit { get; set; }

    /// <summary>The follow-up commit that restores pins after the tag.</summary>
    [JsonPropertyName("post-commit")]
    public string? PostCommit { get; set; }

    /// <summary>The follow-up commit that sets the next development version after the tag.</summary>
    [JsonPropertyName("development-commit")]
    public string? DevelopmentCommit { get; set; }

    /// <summary>
    /// In a workspace release: the version of each upstream repository whose <c>follows:</c> references
    /// this release writes (by repository name), recorded before the release starts.
    /// </summary>
    [JsonPropertyName("follows")]
    public Dictionary<string, string> Follows { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The number of the release pull (or merge) request Slipway opened or found on the forge.</summary>
    [JsonPropertyName("pull-request")]
    public int? PullRequest { get; set; }

    /// <summary>Its web address.</summary>
    [JsonPropertyName("pull-request-url")]
    public string? PullRequestUrl { get; set; }

    /// <summary>The web address of the forge release the publish step made or updated.</summary>
    [JsonPropertyName("release-url")]
    public string? ReleaseUrl { get; set; }
}

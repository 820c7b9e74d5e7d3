using System.Text.Json.Nodes;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>A request as the fake GitHub received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonObject Json => (JsonObject)JsonNode.Parse(Body)!;

    public override string ToString() => $"{Method} {Path}{Query}";
}

/// <summary>A scripted answer: the next <see cref="Times"/> requests that match get it instead of the real one.</summary>
public sealed record FakeAnswer(int Status, string Body, IReadOnlyDictionary<string, string> Headers, Func<RecordedRequest, bool> Matches)
{
    public int Times { get; set; } = 1;
}

/// <summary>A pull request of the fake repository, in GitHub's terms.</summary>
public sealed class FakePullRequest
{
    public required int Number { get; init; }

    public required string Title { get; set; }

    public string Body { get; set; } = string.Empty;

    public required string Head { get; init; }

    public required string Base { get; init; }

    public string State { get; set; } = "open";

    public string? MergedAt { get; set; }

    public string? MergeCommitSha { get; set; }

    public string Author { get; set; } = "release-bot";

    public string AuthorType { get; set; } = "User";

    /// <summary>Flips the pull request to merged, as GitHub's merge button does.</summary>
    public void Merge(string mergeCommit)
    {
        State = "closed";
        MergedAt = "2026-05-01T12:00:00Z";
        MergeCommitSha = mergeCommit;
    }

    public JsonObject ToJson(string owner, string repo, string web, bool detailed)
    {
        var json = new JsonObject
        {
            ["url"] = $"{web}/api/v3/repos/{owner}/{repo}/pulls/{Number}",
            ["id"] = 1_000_000 + Number,
            ["number"] = Number,
            ["html_url"] = $"{web}/{owner}/{repo}/pull/{Number}",
            ["state"] = State,
            ["title"] = Title,
            ["body"] = Body,
            ["merged_at"] = MergedAt,
            ["merge_commit_sha"] = MergeCommitSha,
            ["user"] = new JsonObject { ["login"] = Author, ["id"] = 7, ["type"] = AuthorType },
            ["head"] = new JsonObject { ["ref"] = Head, ["label"] = $"{owner}:{Head}", ["sha"] = "0000000000000000000000000000000000000000" },
            ["base"] = new JsonObject { ["ref"] = Base, ["label"] = $"{owner}:{Base}" },
        };
        if (detailed)
        {
            json["merged"] = MergedAt is not null; // only the single pull request has 'merged'
        }

        return json;
    }
}

/// <summary>A release of the fake repository.</summary>
public sealed class FakeRelease
{
    public required long Id { get; init; }

    public required string TagName { get; set; }

    public string? Name { get; set; }

    public string? Body { get; set; }

    public bool Draft { get; set; }

    public bool Prerelease { get; set; }

    public JsonObject ToJson(string owner, string repo, string web) => new()
    {
        ["id"] = Id,
        ["tag_name"] = TagName,
        ["name"] = Name,
        ["body"] = Body,
        ["draft"] = Draft,
        ["prerelease"] = Prerelease,
        ["html_url"] = $"{web}/{owner}/{repo}/releases/tag/{TagName}",
        ["author"] = new JsonObject { ["login"] = "release-bot", ["type"] = "User" },
    };
}

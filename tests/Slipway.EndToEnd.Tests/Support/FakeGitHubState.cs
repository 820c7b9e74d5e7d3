using System.Text.Json.Nodes;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>A request as the fake GitHub received it (a path GitHub gave by repository id is recorded by owner and name).</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonObject Json => (JsonObject)JsonNode.Parse(Body)!;

    public override string ToString() => $"{Method} {Path}{Query}";
}

/// <summary>A scripted answer: the next <see cref="Times"/> requests that match get it instead of the real one.</summary>
public sealed record FakeAnswer(int Status, string Body, IReadOnlyDictionary<string, string> Headers, Func<RecordedRequest, bool> Matches)
{
    public int Times { get; set; } = 1;

    /// <summary>Do what the request asks first, then answer this (GitHub did it; the answer was lost).</summary>
    public bool Performed { get; init; }
}

/// <summary>What the fake sends back.</summary>
public sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string> Headers);

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

    public List<string> Labels { get; } = [];

    /// <summary>Flips the pull request to merged, as GitHub's merge button does.</summary>
    public void Merge(string mergeCommit)
    {
        State = "closed";
        MergedAt = "2026-05-01T12:00:00Z";
        MergeCommitSha = mergeCommit;
    }

    /// <summary><paramref name="example"/> (GitHub's example of a pull request) with this one's values.</summary>
    public JsonObject ToJson(JsonObject example, FakeGitHub github)
    {
        var (owner, repo) = (github.Owner, github.Repo);
        example["url"] = $"{github.Api}/repos/{owner}/{repo}/pulls/{Number}";
        example["id"] = 1_000_000 + Number;
        example["number"] = Number;
        example["html_url"] = $"{github.Web}/{owner}/{repo}/pull/{Number}";
        example["state"] = State;
        example["title"] = Title;
        example["body"] = Body;
        example["draft"] = false;
        example["merged_at"] = MergedAt;
        example["closed_at"] = State == "closed" ? MergedAt ?? "2026-05-01T12:00:00Z" : null;
        example["merge_commit_sha"] = MergeCommitSha;
        example["requested_teams"] = new JsonArray(); // GitHub's example team lacks the 'type' its own schema requires
        example["user"]!["login"] = Author;
        example["user"]!["type"] = AuthorType;
        example["head"]!["ref"] = Head;
        example["head"]!["label"] = $"{owner}:{Head}";
        example["head"]!["sha"] = "0000000000000000000000000000000000000000";
        example["base"]!["ref"] = Base;
        example["base"]!["label"] = $"{owner}:{Base}";
        if (example.ContainsKey("merged"))
        {
            example["merged"] = MergedAt is not null; // only the answer for one pull request has 'merged'
        }

        return example;
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

    /// <summary>Takes the fields a POST or PATCH gives; those it leaves out keep their values.</summary>
    public void Apply(JsonObject body)
    {
        TagName = (string?)body["tag_name"] ?? TagName;
        Name = (string?)body["name"] ?? Name;
        Body = (string?)body["body"] ?? Body;
        Draft = (bool?)body["draft"] ?? Draft;
        Prerelease = (bool?)body["prerelease"] ?? Prerelease;
    }

    /// <summary><paramref name="example"/> (GitHub's example of a release) with this one's values.</summary>
    public JsonObject ToJson(JsonObject example, FakeGitHub github)
    {
        example["url"] = $"{github.Api}/repos/{github.Owner}/{github.Repo}/releases/{Id}";
        example["id"] = Id;
        example["tag_name"] = TagName;
        example["name"] = Name;
        example["body"] = Body;
        example["draft"] = Draft;
        example["prerelease"] = Prerelease;
        example["published_at"] = Draft ? null : "2026-05-01T12:00:00Z";
        example["html_url"] = $"{github.Web}/{github.Owner}/{github.Repo}/releases/tag/{TagName}";
        example["author"]!["login"] = "release-bot";
        return example;
    }
}

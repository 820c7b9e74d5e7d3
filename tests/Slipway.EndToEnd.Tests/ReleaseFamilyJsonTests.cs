using System.Text.Json;
using NJsonSchema;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// --json of the release family (status, resume, done, skip, abort, tag, retag), alone and in a
/// workspace, in the states a release really passes through: every document is checked against its
/// schema in schemas/output, and written in the one style (compact, one document a line, nothing escaped for HTML).
/// </summary>
public sealed class ReleaseFamilyJsonTests
{
    [Fact]
    public async Task A_release_waiting_for_its_merge_then_finished_then_retagged_prints_what_its_schemas_describe()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        (await Events("release", Tool.Run(repo.Path, "release", "0.2.0", "--yes", "--json"))).Last().ShouldBe(("waiting", "pull-request"));

        var waiting = await Document("status", Tool.Run(repo.Path, "status", "--json"));
        waiting.GetProperty("tag").GetString().ShouldBe("v0.2.0");
        waiting.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "pull-request").GetProperty("status").GetString().ShouldBe("waiting");
        (await Events("resume", Tool.Run(repo.Path, "resume", "--json"))).Last().ShouldBe(("waiting", "pull-request"));

        origin.MergePullRequest("release/v0.2.0");
        (await Events("resume", Tool.Run(repo.Path, "resume", "--json"))).Last().ShouldBe(("waiting", "crd-upgrade-table"));
        (await Events("done", Tool.Run(repo.Path, "done", "crd-upgrade-table", "--json"))).Last().ShouldBe(("completed", null));
        var finished = await Document("status", Tool.Run(repo.Path, "status", "--json"));
        finished.GetProperty("steps").EnumerateArray().ShouldAllBe(s => s.GetProperty("status").GetString() == "done");

        var first = origin.Git("rev-parse", "v0.2.0^{commit}").Trim();
        var fix = origin.CommitOnMain("docs/fix.md", "fixed\n", "fix: the chart's appVersion");
        var moved = await Document("retag", Tool.Run(repo.Path, "retag", "--version", "0.2.0", "--json"));
        (moved.GetProperty("tag").GetString(), moved.GetProperty("was").GetString(), moved.GetProperty("commit").GetString(), moved.GetProperty("remote").GetString())
            .ShouldBe(("v0.2.0", first, fix, "origin"));
        moved.GetProperty("subject").GetString().ShouldBe("fix: the chart's appVersion");
    }

    [Fact]
    public async Task A_skip_continues_to_the_next_wait_and_an_abort_names_the_refs_it_left()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldSucceed();
        (await Events("skip", Tool.Run(repo.Path, "skip", "crd-upgrade-table", "--reason", "the table <is> written by hand", "--json"))).Last().ShouldBe(("waiting", "pull-request"));
        repo.Write("review-fix.txt", "a fix made during review\n");
        repo.Commit("fix: review comment");
        repo.Git("tag", "v0.2.0", "HEAD");

        var aborted = await Document("abort", Tool.Run(repo.Path, "abort", "--json"));

        aborted.TryGetProperty("workspace", out _).ShouldBeFalse();
        var release = aborted.GetProperty("aborted").EnumerateArray().Single();
        release.GetProperty("tag").GetString().ShouldBe("v0.2.0");
        release.GetProperty("left").EnumerateArray().Select(l => l.GetString()).ShouldBe(
            [$"release/v0.2.0 moved since this release made it (it is at {repo.Git("rev-parse", "HEAD").Trim()[..7]} now), so it stays", "v0.2.0 was not made by this release, so it stays"],
            ignoreOrder: true);
    }

    [Fact]
    public async Task Tag_prints_the_tag_and_the_commit_it_names()
    {
        using var repo = TestRepository.Create("kubeopencode");
        Tool.Run(repo.Path, "bump", "0.3.0").ShouldSucceed();
        repo.Commit("release 0.3.0");

        var tagged = await Document("tag", Tool.Run(repo.Path, "tag", "--json"));

        (tagged.GetProperty("tag").GetString(), tagged.GetProperty("version").GetString(), tagged.GetProperty("commit").GetString())
            .ShouldBe(("v0.3.0", "0.3.0", repo.Git("rev-parse", "HEAD").Trim()));
        tagged.TryGetProperty("pushedTo", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(3, "status")]
    [InlineData(3, "resume")]
    [InlineData(3, "abort")]
    [InlineData(3, "done", "crd-upgrade-table")]
    [InlineData(3, "skip", "notes", "--reason", "none")]
    [InlineData(2, "tag", "0.3")]
    [InlineData(2, "retag", "--version", "x")]
    public async Task Errors_of_the_release_family_follow_the_error_schema(int exit, params string[] command)
    {
        using var repo = TestRepository.Create("kubeopencode");
        var result = Tool.Run(repo.Path, [.. command, "--json"]).ShouldExit(exit);
        result.Out.ShouldBeEmpty();
        await Check("error", result.Error.TrimEnd('\n'));
        (await Schema("error")).Validate("""{"error":{"code":"SW314"}}""").ShouldNotBeEmpty(); // the schema does refuse
    }

    [Fact]
    public async Task In_a_workspace_release_resume_status_and_abort_print_what_their_schemas_describe()
    {
        using var workspace = new BpfmanWorkspace(handoff: false);
        var release = Tool.RunProcess(workspace.Directory.Path, ["release", "0.9.0", "--yes", "--json"]).ShouldSucceed();
        await Events("release", release);
        release.Out.ShouldContain("""{"event":"repository","repository":"bpfman"}""");
        var end = JsonDocument.Parse(release.Out.TrimEnd('\n').Split('\n')[^1]).RootElement;
        end.GetProperty("event").GetString().ShouldBe("waiting");
        end.GetProperty("workspace").GetProperty("name").GetString().ShouldBe("0.9.0");

        await Events("resume", Tool.RunProcess(workspace.Directory.Path, ["resume", "--json"]).ShouldSucceed());
        var status = await Document("workspace-status", Tool.RunProcess(workspace.Directory.Path, ["status", "--json"]));
        status.GetProperty("releases").GetProperty("bpfman").GetProperty("tag").GetString().ShouldBe("v0.9.0");

        var aborted = await Document("abort", Tool.RunProcess(workspace.Directory.Path, ["abort", "--json"]));
        aborted.GetProperty("workspace").GetString().ShouldBe("0.9.0");
        aborted.GetProperty("aborted").EnumerateArray().Select(a => a.GetProperty("repository").GetString()).ShouldContain("bpfman");
    }

    [Fact]
    public async Task A_dry_run_prints_the_plan_as_one_document_its_schema_describes()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);

        var plan = await Document("release-plan", Tool.Run(repo.Path, "release", "0.2.0", "--dry-run", "--json"));

        (plan.GetProperty("version").GetString(), plan.GetProperty("tag").GetString(), plan.GetProperty("branch").GetString()).ShouldBe(("0.2.0", "v0.2.0", "release/v0.2.0"));
        var steps = plan.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        steps[0].ShouldBe("preflight");
        steps.ShouldContain("pull-request");
        steps.IndexOf("bump").ShouldBeLessThan(steps.IndexOf("tag"));
        var bump = plan.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "bump");
        bump.GetProperty("actions").EnumerateArray().First().GetProperty("action").GetProperty("kind").GetString().ShouldBe("edit");
        plan.TryGetProperty("failure", out _).ShouldBeFalse();
        repo.Git("branch", "--list", "release/*").ShouldBeEmpty(); // a plan changes nothing
    }

    [Fact]
    public async Task In_a_workspace_a_dry_run_prints_one_plan_of_every_repository_and_hand_off_its_schema_describes()
    {
        using var workspace = new BpfmanWorkspace(versionMode: "per-repository");

        var plan = await Document("workspace-release-plan",
            Tool.RunProcess(workspace.Directory.Path, ["release", "minor", "bpfman=0.9.0", "bpfman-operator=0.8.1", "--dry-run", "--json"]));

        var releases = plan.GetProperty("releases").EnumerateArray().ToList();
        releases.Select(r => (r.GetProperty("repository").GetString(), r.GetProperty("plan").GetProperty("tag").GetString()))
            .ShouldBe([("bpfman", "v0.9.0"), ("bpfman-operator", "v0.8.1"), ("bpfman-docs", "v0.9.0")]);
        releases[1].GetProperty("upstreams").EnumerateArray().Select(u => u.GetString()).ShouldBe(["bpfman"]);
        releases[1].GetProperty("plan").GetProperty("steps").EnumerateArray().SelectMany(s => s.GetProperty("diffs").EnumerateArray())
            .ShouldContain(d => d.GetString()!.Contains("github.com/bpfman/bpfman v0.9.0", StringComparison.Ordinal)); // the follow edit, at bpfman's version
        var handoff = plan.GetProperty("handoffs").EnumerateArray().Single();
        (handoff.GetProperty("handoff").GetString(), handoff.GetProperty("from").GetString(), handoff.GetProperty("branch").GetString())
            .ShouldBe(("community-operators", "bpfman-operator", "bpfman-operator-0.8.1"));
        handoff.GetProperty("copies").EnumerateArray().Single().GetProperty("to").GetString().ShouldBe("operators/bpfman-operator/0.8.1/");
    }

    /// <summary>The one JSON document a command printed, checked against its schema.</summary>
    private static async Task<JsonElement> Document(string schema, CliResult result)
    {
        result.ShouldSucceed();
        var text = result.Out.TrimEnd('\n');
        text.ShouldNotContain("\n");
        await Check(schema, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The events a run printed, one a line, each checked against the schema: (event, step) of each.</summary>
    private static async Task<List<(string?, string?)>> Events(string schema, CliResult result)
    {
        result.ShouldSucceed();
        var events = new List<(string?, string?)>();
        foreach (var line in result.Out.TrimEnd('\n').Split('\n'))
        {
            await Check(schema, line);
            var element = JsonDocument.Parse(line).RootElement;
            events.Add((element.GetProperty("event").GetString(), element.TryGetProperty("step", out var step) ? step.GetString() : null));
        }

        return events;
    }

    private static async Task Check(string name, string json)
    {
        json.ShouldNotContain("\\u00");
        (await Schema(name)).Validate(json).Select(e => e.ToString()).ShouldBeEmpty($"{name}: {json}");
    }

    private static Task<JsonSchema> Schema(string name) =>
        JsonSchema.FromFileAsync(Path.Combine(RepositoryRoot.Path, "schemas", "output", $"{name}.schema.json"), TestContext.Current.CancellationToken);
}

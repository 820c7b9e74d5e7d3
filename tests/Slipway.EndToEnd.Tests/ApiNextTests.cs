using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// <c>slipway next</c> with the API gate: on <see cref="CrdHistory"/>'s repository released as
/// v0.8.0, a commit titled as a fix that removes a field of the Agent CRD calls for 0.8.1 by its
/// commits, but the release would refuse anything below 0.9.0 (SW114), so next says 0.9.0 and why,
/// in text and in JSON, and a pre-release continues from 0.9.0. Without a CRD change, or with one
/// the bump policy lets a patch carry, next is what the commits say.
/// </summary>
public sealed class ApiNextTests
{
    [Fact]
    public void A_breaking_crd_change_under_a_fix_commit_raises_next_to_the_version_the_release_requires_and_says_why()
    {
        using var repo = ReleasedAsEight(CrdHistory.Config);
        repo.Write("config/crd/bases/kubeopencode.io_agents.yaml", CrdHistory.Agent(skills: false, "An Agent runs an AI coding agent in a pod."));
        repo.Commit("fix: agents lose skills");
        using var origin = RemoteRepository.For(repo);

        var next = Tool.Run(repo.Path, "next").ShouldSucceed();
        next.Out.Trim().ShouldBe("0.9.0");
        next.Error.ShouldContain("minor (the CRD changes: 1 breaking change before 1.0.0 needs a minor release)");
        next.Error.ShouldContain("the commits alone call for 0.8.1; the CRD changes need 0.9.0 or later (the release refuses less):");
        next.Error.ShouldContain("agents.kubeopencode.io/v1alpha1 .spec.skills: existingFieldRemoval: field removed");

        var json = JsonDocument.Parse(Tool.Run(repo.Path, "next", "--json").ShouldSucceed().Out).RootElement;
        json.GetProperty("version").GetString().ShouldBe("0.9.0");
        var api = json.GetProperty("api");
        api.GetProperty("fromCommits").GetString().ShouldBe("0.8.1");
        api.GetProperty("minimum").GetString().ShouldBe("0.9.0");
        api.GetProperty("level").GetString().ShouldBe("minor");
        api.GetProperty("reason").GetString().ShouldBe("1 breaking change before 1.0.0 needs a minor release");
        api.GetProperty("findings").EnumerateArray().Select(f => f.GetString()).ShouldBe(["agents.kubeopencode.io/v1alpha1 .spec.skills: existingFieldRemoval: field removed"]);

        Tool.Run(repo.Path, "next", "--pre", "rc").ShouldSucceed().Out.Trim().ShouldStartWith("0.9.0-rc");

        // The same number the release's refusal names: one rule for both.
        Tool.Run(repo.Path, "release", "patch", "--dry-run").ShouldExit(1).Error.ShouldContain("hint: release 0.9.0 (or later)");
        Tool.Run(repo.Path, "release", "0.9.0", "--dry-run").ShouldSucceed();
    }

    [Fact]
    public void Without_a_crd_change_the_bump_policy_asks_more_for_next_is_what_the_commits_say()
    {
        using var repo = ReleasedAsEight(CrdHistory.Config);
        repo.Write("internal/controller/notes.txt", "one more fix\n");
        repo.Commit("fix: one more fix");
        var json = JsonDocument.Parse(Tool.Run(repo.Path, "next", "--json").ShouldSucceed().Out).RootElement;
        json.GetProperty("version").GetString().ShouldBe("0.8.1");
        json.TryGetProperty("api", out _).ShouldBeFalse(); // left out, as every null of the --json output

        // A field added is a compatible change, which the default policy lets a patch release carry.
        repo.Write("config/crd/bases/kubeopencode.io_agents.yaml", CrdHistory.Agent(skills: true, "An Agent runs an AI coding agent in a pod.")
            .Replace("              skills:", "              replicas:\n                type: integer\n              skills:", StringComparison.Ordinal));
        repo.Commit("fix: agents get replicas");
        Tool.Run(repo.Path, "next").ShouldSucceed().Out.Trim().ShouldBe("0.8.1");
    }

    [Fact]
    public void A_compatible_crd_change_raises_next_when_the_policy_asks_a_minor_release_for_it()
    {
        using var repo = ReleasedAsEight(CrdHistory.Config.Replace("  types:", "  bump: { compatible: minor }\n  types:", StringComparison.Ordinal));
        repo.Write("config/crd/bases/kubeopencode.io_agents.yaml", CrdHistory.Agent(skills: true, "An Agent runs an AI coding agent in a pod.")
            .Replace("              skills:", "              replicas:\n                type: integer\n              skills:", StringComparison.Ordinal));
        repo.Commit("fix: agents get replicas");

        var next = Tool.Run(repo.Path, "next").ShouldSucceed();
        next.Out.Trim().ShouldBe("0.9.0");
        next.Error.ShouldContain("1 compatible change needs a minor release");
        next.Error.ShouldContain("agents.kubeopencode.io/v1alpha1 .spec.replicas: fieldAddition: field added");
    }

    // CrdHistory's repository, its last commit (a feature) released as v0.8.0.
    private static TestRepository ReleasedAsEight(string config)
    {
        var repo = CrdHistory.Create(config);
        repo.Write("VERSION", "0.8.0\n");
        repo.Commit("chore: release v0.8.0");
        repo.Git("tag", "-a", "-m", "Release v0.8.0", "v0.8.0");
        return repo;
    }
}

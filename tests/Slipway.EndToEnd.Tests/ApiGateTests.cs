using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// <c>slipway api</c> on a real repository whose CRDs change in known ways from release to release
/// (<see cref="CrdHistory"/>): every pair of consecutive tags, the default range, stale CRDs, the
/// allow-list, and what it refuses. The tests that only read share one repository; other
/// configurations are files next to slipway.yaml, given with --config.
/// </summary>
public sealed class ApiGateTests(SharedCrdHistory shared) : IClassFixture<SharedCrdHistory>
{
    public static TheoryData<string, string, int, string[]> Pairs() => new()
    {
        { "v0.1.0", "v0.2.0", 0, ["compatible fieldAddition agents.kubeopencode.io/v1alpha1 .spec.skills"] },
        { "v0.2.0", "v0.3.0", 0, [] },
        { "v0.3.0", "v0.4.0", 1, ["breaking existingFieldRemoval tasks.kubeopencode.io/v1alpha1 .spec.legacy"] },
        { "v0.4.0", "v0.5.0", 0, ["cosmetic description agents.kubeopencode.io/v1alpha1 ."] },
        { "v0.5.0", "v0.6.0", 1, ["breaking enum tasks.kubeopencode.io/v1alpha1 .spec.mode"] },
        { "v0.6.0", "v0.7.0", 0, [] },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Finds_exactly_what_changed_between_two_releases(string from, string to, int exit, string[] expected)
    {
        var repo = shared.Repository;
        var result = Tool.Run(repo.Path, "api", "--from", from, "--to", to, "--json").ShouldExit(exit);
        var json = JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("ok").GetBoolean().ShouldBe(exit == 0);
        var findings = json.GetProperty("changes").EnumerateArray()
            .SelectMany(c => c.GetProperty("crdValidation").EnumerateArray()
                .Concat(c.GetProperty("sameVersionValidation").EnumerateArray().SelectMany(v => v.GetProperty("findings").EnumerateArray())))
            .Select(f => $"{f.GetProperty("class").GetString()} {f.GetProperty("rule").GetString()} {f.GetProperty("crd").GetString()}/{f.GetProperty("version").GetString()} {f.GetProperty("path").GetString()}");
        findings.ShouldBe(expected);
        if (exit == 1)
        {
            JsonDocument.Parse(result.Error).RootElement.GetProperty("error").GetProperty("code").GetString().ShouldBe("SW110");
        }
    }

    [Fact]
    public void Prints_a_table_for_people_and_fails_on_a_breaking_change()
    {
        var repo = shared.Repository;
        var result = Tool.Run(repo.Path, "api", "--from", "v0.3.0", "--to", "v0.4.0").ShouldExit(1);
        var lines = result.Out.Split('\n');
        lines[3].ShouldMatch("^─+$");
        lines.Where((_, i) => i != 3).ShouldBe([
            "CRD changes between v0.3.0 and v0.4.0: 1 of 2 CRD(s) changed",
            "",
            "  Class      Rule                   CRD                              Path           Change",
            "  breaking   existingFieldRemoval   tasks.kubeopencode.io/v1alpha1   .spec.legacy   field removed",
            "",
            "1 breaking",
            "minimum release: minor (0.4.0): 1 breaking change before 1.0.0 needs a minor release",
            "",
        ]);
        result.Error.ShouldBe("""
            slipway: error: 1 breaking CRD change(s) between v0.3.0 and v0.4.0 [SW110]
              tasks.kubeopencode.io/v1alpha1 .spec.legacy: existingFieldRemoval: field removed
            hint: if a change is intended, accept it in api.allow with a reason (and release it as the bump policy requires)

            """);
    }

    [Fact]
    public void By_default_compares_the_last_release_with_head_and_warns_of_stale_crds()
    {
        var repo = shared.Repository;
        var result = Tool.Run(repo.Path, "api").ShouldSucceed();
        result.Out.ShouldStartWith("CRD changes between v0.7.0 and HEAD: 0 of 2 CRD(s) changed\nno CRD changes\n");
        result.Error.ShouldBe("warning: the Go types changed (api/v1alpha1/agent_types.go) but no CRD manifest did: the CRDs may be stale (run make manifests, or update-crds)\n");
    }

    [Fact]
    public void Stale_crds_fail_the_gate_when_configured_as_an_error()
    {
        var result = Tool.Run(shared.Repository.Path, "api", "--config", shared.Config("stale-error.yaml", CrdHistory.Config + "  stale: error\n")).ShouldExit(1);
        result.Error.ShouldContain("the Go types changed between v0.7.0 and HEAD but the CRD manifests did not [SW111]");
        result.Error.ShouldContain("  api/v1alpha1/agent_types.go");
    }

    [Fact]
    public void An_accepted_change_passes_the_gate_but_still_sets_the_minimum_release()
    {
        var config = shared.Config("allow.yaml", CrdHistory.Config + """
              allow:
                - rule: enum
                  crd: tasks.kubeopencode.io
                  path: .spec.mode
                  reason: Unmanaged never worked; announced in v0.5.0
                - rule: existingFieldRemoval
                  crd: tasks.kubeopencode.io/v1alpha1
                  path: .spec.legacy
                  reason: deprecated since v0.2.0

            """);
        var repo = shared.Repository;
        var result = Tool.Run(repo.Path, "api", "--config", config, "--from", "v0.5.0", "--to", "v0.6.0").ShouldSucceed();
        result.Out.ShouldContain("breaking (accepted)");
        result.Out.ShouldContain("1 breaking (1 accepted by api.allow)");
        result.Out.ShouldContain("minimum release: minor (0.6.0)");
        result.Error.ShouldBe("warning: api.allow[1] (existingFieldRemoval tasks.kubeopencode.io/v1alpha1 .spec.legacy) accepts no finding here; remove it once the change it accepted is released\n");

        var json = JsonDocument.Parse(Tool.Run(repo.Path, "api", "--config", config, "--from", "v0.5.0", "--to", "v0.6.0", "--json").ShouldSucceed().Out).RootElement;
        var finding = json.GetProperty("changes")[0].GetProperty("sameVersionValidation")[0].GetProperty("findings")[0];
        finding.GetProperty("accepted").GetString().ShouldBe("api.allow[0]: Unmanaged never worked; announced in v0.5.0");
        finding.GetProperty("old").ToString().ShouldBe("[\"Managed\",\"Unmanaged\"]");
        finding.GetProperty("new").ToString().ShouldBe("[\"Managed\"]");
        finding.GetProperty("location").GetString().ShouldBe("config/crd/bases/kubeopencode.io_tasks.yaml:26");
        json.GetProperty("minimumBump").GetProperty("level").GetString().ShouldBe("minor");
        json.GetProperty("unusedAllowances").EnumerateArray().Select(a => a.GetString()).ShouldBe(["api.allow[1]"]);
    }

    [Fact]
    public void Reads_the_crds_from_git_objects_never_the_work_tree()
    {
        using var repo = CrdHistory.Create();
        repo.Write("config/crd/bases/kubeopencode.io_tasks.yaml", "this: [is not even valid YAML\n");
        File.Delete(repo.File("config/crd/bases/kubeopencode.io_agents.yaml"));
        Tool.Run(repo.Path, "api", "--from", "v0.5.0", "--to", "v0.6.0", "--json").ShouldExit(1).Out.ShouldContain("\"rule\":\"enum\"");
    }

    [Fact]
    public void The_first_release_finds_every_crd_new()
    {
        var repo = shared.Repository;
        var result = Tool.Run(repo.Path, "api", "--to", "v0.1.0").ShouldSucceed();
        result.Out.ShouldStartWith("CRD changes in v0.1.0 (no release before it: every CRD is new): 2 of 2 CRD(s) changed");
        result.Out.ShouldContain("crdAddition");
    }

    [Fact]
    public void A_manifest_that_is_not_yaml_is_named_with_its_line_and_revision()
    {
        using var repo = CrdHistory.Create();
        repo.Write("config/crd/bases/kubeopencode.io_tasks.yaml", "spec:\n  versions: [a, b\n");
        repo.Commit("break the manifest");
        var result = Tool.Run(repo.Path, "api").ShouldExit(3);
        result.Error.ShouldStartWith("slipway: error: a CRD manifest cannot be read: config/crd/bases/kubeopencode.io_tasks.yaml:3:1 at HEAD: ");
        result.Error.ShouldContain("[SW360]");
    }

    [Fact]
    public void Two_different_copies_of_one_crd_are_refused_and_identical_ones_accepted()
    {
        using var repo = CrdHistory.Create(CrdHistory.Config.Replace("crds: [config/crd/bases/*.yaml]", "crds: [config/crd/bases/*.yaml, charts/crds/*.yaml]", StringComparison.Ordinal));
        repo.Write("charts/crds/tasks.yaml", repo.Read("config/crd/bases/kubeopencode.io_tasks.yaml"));
        repo.Commit("copy the CRDs into the chart");
        Tool.Run(repo.Path, "api").ShouldSucceed();

        repo.Write("charts/crds/tasks.yaml", CrdHistory.Task(legacy: true, ["Managed"]));
        repo.Commit("an old copy");
        var result = Tool.Run(repo.Path, "api").ShouldExit(3);
        result.Error.ShouldContain("tasks.kubeopencode.io is defined differently in charts/crds/tasks.yaml and config/crd/bases/kubeopencode.io_tasks.yaml at HEAD [SW361]");
    }

    [Fact]
    public void Control_characters_in_a_crd_are_shown_escaped_and_a_symbolic_link_is_not_followed()
    {
        using var repo = CrdHistory.Create();
        repo.Write("config/crd/bases/kubeopencode.io_tasks.yaml", CrdHistory.Task(legacy: false, ["Managed"])
            .Replace("              mode:", "              \"evil\\e[2J\\u202e\":\n                type: string\n              mode:", StringComparison.Ordinal));
        File.CreateSymbolicLink(repo.File("config/crd/bases/linked.yaml"), "kubeopencode.io_agents.yaml");
        repo.Commit("a hostile property name, and a link");
        var result = Tool.Run(repo.Path, "api").ShouldSucceed();
        result.Out.ShouldContain(".spec[\"evil\\x1b[2J\\u202e\"]");
        result.Out.ShouldNotContain("\u001b");
        result.Out.ShouldNotContain("\u202e");
        result.Error.ShouldContain("warning: config/crd/bases/linked.yaml is a symbolic link at HEAD; the gate reads only the files a commit holds, and does not follow it");
    }

    [Fact]
    public void Without_an_api_section_says_how_to_add_one()
    {
        var config = shared.Config("no-api.yaml", "versions:\n  - file: VERSION\n    whole: true\n");
        var result = Tool.Run(shared.Repository.Path, "api", "--config", config).ShouldExit(2);
        result.Error.ShouldContain("no-api.yaml has no 'api:' section [SW230]");
    }

    [Fact]
    public void Git_started_before_the_configuration_is_read_never_hides_what_is_wrong_with_it()
    {
        // The gate starts git cat-file in the configuration's directory before reading the file:
        // a missing file (in a directory that does not exist either), an invalid one and a directory
        // outside any repository still get their own errors, not git's.
        var repo = shared.Repository;
        Tool.Run(repo.Path, "api", "--config", "missing/nowhere/slipway.yaml").ShouldExit(2).Error.ShouldContain("[SW203]");
        Tool.Run(repo.Path, "api", "--config", shared.Config("invalid.yaml", "versions: 3\n")).ShouldExit(2).Error.ShouldContain("[SW202]");
        var outside = Directory.CreateTempSubdirectory("slipway-e2e-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "slipway.yaml"), CrdHistory.Config);
            var result = Tool.Run(outside, "api", "--from", "v0.1.0").ShouldExit(3);
            result.Error.ShouldContain("this is not inside a git repository [SW304]");
            result.Error.ShouldNotContain("SW305");
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Theory]
    [InlineData("--from", "v9.9.9")]
    [InlineData("--to", "--upload-pack=touch /tmp/x")]
    public void A_revision_that_names_nothing_is_a_usage_error(string option, string revision)
    {
        var repo = shared.Repository;
        Tool.Run(repo.Path, "api", option, revision).ShouldExit(2).Error.ShouldContain("is not a commit, branch or tag of this repository");
    }
}

using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>Every kind of bad input gets its exit code and a clear message, and leaves every file as it was.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Malformed_yaml_in_the_configuration_exits_2_with_its_position()
    {
        using var repo = TestRepository.Create("kubeopencode");
        repo.Write("slipway.yaml", "versions:\n  - file: Makefile\n    make: [VERSION\n");
        var result = Tool.RunProcess(repo.Path, ["show"]).ShouldExit(2);
        result.Error.ShouldContain("slipway: error: slipway.yaml has 1 mistake [SW202]");
        result.Error.ShouldContain("slipway.yaml:4:1: not valid YAML");
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_configuration_says_how_to_create_one()
    {
        using var repo = TestRepository.Create();
        var result = Tool.Run(repo.Path, "show").ShouldExit(2);
        result.Error.ShouldContain("no slipway.yaml in this directory or its parents up to the repository root [SW203]");
        result.Error.ShouldContain("hint: run 'slipway init'");
    }

    [Theory]
    [InlineData("- file: Makefile\n    make: VERSION\n  - file: charts/kubeopencode/values.yaml\n    yaml: image.version", "charts/kubeopencode/values.yaml: versions[1] (yaml: image.version): no key 'version' under 'image'; keys there: repository, tag")]
    [InlineData("- file: Makefile\n    make: VERSION\n  - file: docs/missing.md\n    regex: 'v(?<version>.*)'", "docs/missing.md: versions[1] (regex: v(?<version>.*)): file not found")]
    [InlineData("- file: Makefile\n    make: VERSION\n  - file: charts/kubeopencode/Chart.yaml\n    regex: '(?<version>0\\.1\\.0)'", "charts/kubeopencode/Chart.yaml: versions[1] (regex: (?<version>0\\.1\\.0)): 2 matches (lines 6, 8), expected exactly 1")]
    public void A_reference_that_cannot_be_read_stops_the_bump_before_any_write(string entries, string message)
    {
        using var repo = TestRepository.Create("kubeopencode");
        repo.Write("slipway.yaml", "versions:\n  " + entries + "\n");
        var before = repo.Snapshot();
        var result = Tool.Run(repo.Path, "bump", "0.2.0").ShouldExit(3);
        result.Error.ShouldContain("no file was changed [SW301]");
        result.Error.ShouldContain(message);
        repo.Snapshot().ShouldBe(before);
        Tool.Run(repo.Path, "show").ShouldExit(1).Out.ShouldContain("problem");
    }

    [Fact]
    public void A_file_that_is_not_valid_yaml_is_named_with_its_position()
    {
        using var repo = TestRepository.Create("kubeopencode");
        repo.Write("charts/kubeopencode/Chart.yaml", "version: 0.1.0\nappVersion: \"v0.1.0\nname: x\n");
        var result = Tool.Run(repo.Path, "bump", "0.2.0").ShouldExit(3);
        result.Error.ShouldContain("charts/kubeopencode/Chart.yaml: versions[2] (yaml: version): ");
        result.Error.ShouldContain("not valid YAML");
    }

    [Fact]
    public void An_unwritable_file_stops_the_bump_and_leaves_every_file_untouched()
    {
        using var repo = TestRepository.Create("kubeopencode");
        // The tests run as root, who may write anything; the tool runs as nobody (65534) so permissions apply.
        Chmod(repo.Path, "a+rwX", recursive: true);
        Chmod(repo.File("agents/Makefile"), "a-w");
        var before = repo.Snapshot();
        var result = Tool.RunProcess(repo.Path, ["bump", "0.2.0"], asUser: "65534").ShouldExit(3);
        result.Error.ShouldContain("agents/Makefile is not writable");
        result.Error.ShouldContain("no file was changed [SW303]");
        repo.Snapshot().ShouldBe(before);
    }

    [Theory]
    [InlineData("0.4.1.rc1", "'0.4.1.rc1' is not a SemVer 2.0 version (MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]); did you mean '0.4.1-rc1'?")]
    [InlineData("0.4.2git st", "did you mean '0.4.2'?")]
    [InlineData("v1.0.0", "did you mean '1.0.0'?")]
    public void A_version_that_is_not_semver_is_refused_with_the_nearest_spelling(string version, string message)
    {
        using var repo = TestRepository.Create("kubeopencode");
        var result = Tool.Run(repo.Path, "bump", version).ShouldExit(2);
        result.Error.ShouldContain(message);
        result.Error.ShouldContain("[SW204]");
    }

    [Fact]
    public void Unknown_commands_and_options_are_usage_errors()
    {
        using var repo = TestRepository.Create("kubeopencode");
        Tool.Run(repo.Path, "shw").ShouldExit(2).Error.ShouldContain("[SW201]");
        Tool.Run(repo.Path, "bump").ShouldExit(2).Error.ShouldContain("hint: run 'slipway bump --help'");
        Tool.Run(repo.Path, "verify", "--version", "1.0.0", "--tag", "v1.0.0").ShouldExit(2).Error.ShouldContain("not both");
        Tool.Run(repo.Path, "-C", "nowhere", "show").ShouldExit(2).Error.ShouldContain("-C nowhere: no such directory");
    }

    [Fact]
    public void Errors_are_json_with_json()
    {
        using var repo = TestRepository.Create();
        var error = System.Text.Json.JsonDocument.Parse(Tool.Run(repo.Path, "show", "--json").ShouldExit(2).Error).RootElement.GetProperty("error");
        error.GetProperty("code").GetString().ShouldBe("SW203");
        error.GetProperty("exitCode").GetInt32().ShouldBe(2);
    }

    private static void Chmod(string path, string mode, bool recursive = false)
    {
        using var process = System.Diagnostics.Process.Start("chmod", recursive ? ["-R", mode, path] : [mode, path]);
        process.WaitForExit();
    }
}

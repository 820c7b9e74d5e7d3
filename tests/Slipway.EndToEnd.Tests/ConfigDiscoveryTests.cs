using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

public sealed class ConfigDiscoveryTests
{
    [Fact]
    public void Finds_the_configuration_from_a_subdirectory_and_reports_paths_from_its_root()
    {
        using var repo = TestRepository.Create("kubeopencode");
        Tool.Run(repo.File("charts/kubeopencode"), "show").ShouldSucceed().Out.ShouldContain("agents/Makefile:21:12");
    }

    [Fact]
    public void Runs_as_if_started_in_the_directory_given_with_C()
    {
        using var repo = TestRepository.Create("kubeopencode");
        Tool.Run(Path.GetTempPath(), "-C", repo.Path, "verify").ShouldSucceed();
    }

    [Fact]
    public void Uses_another_file_with_config()
    {
        using var repo = TestRepository.Create("kubeopencode");
        repo.Write("release/other.yaml", "name: other\nversions:\n  - file: Makefile\n    make: VERSION\n");
        var result = Tool.Run(repo.Path, "show", "--config", "release/other.yaml").ShouldExit(1);
        result.Out.ShouldContain("other (release/other.yaml, tag v{version})");
        result.Out.ShouldContain("file not found"); // paths are relative to the configuration file: release/Makefile does not exist
    }

    [Fact]
    public void Rolls_back_a_write_that_a_killed_process_left_half_done()
    {
        using var repo = TestRepository.Create("kubeopencode");
        Tool.RunProcess(repo.Path, ["bump", "0.2.0"], new Dictionary<string, string> { ["SLIPWAY_CRASH_AT"] = "write:after-first-rename" }).ShouldExit(137);
        repo.Git("status", "--porcelain").ShouldNotBeEmpty();

        var result = Tool.Run(repo.Path, "verify").ShouldSucceed();
        result.Error.ShouldContain("an earlier write was interrupted; 1 file(s) were restored to their state before it: ");
        repo.Git("status", "--porcelain").ShouldBeEmpty();
    }
}

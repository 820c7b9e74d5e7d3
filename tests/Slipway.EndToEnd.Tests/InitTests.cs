using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

public sealed class InitTests
{
    [Theory]
    [InlineData("bpfman", 8, "0.5.1")]
    [InlineData("kubeopencode", 4, "0.1.0")]
    public void Writes_a_starter_configuration_that_show_reports_as_consistent(string example, int references, string version)
    {
        using var repo = TestRepository.Create(example);
        repo.Git("rm", "-q", "slipway.yaml");
        Tool.Run(repo.Path, "init").ShouldSucceed().Out.ShouldContain($"with {references} reference(s) on {version}");
        repo.Read("slipway.yaml").ShouldStartWith("# slipway.yaml, written by 'slipway init'.");
        Tool.Run(repo.Path, "show").ShouldSucceed().Out.ShouldContain($"All {references} checked values agree on {version}");
    }

    [Fact]
    public void Detects_package_json_msbuild_pyproject_and_a_version_file()
    {
        using var repo = TestRepository.Create();
        repo.Write("package.json", "{\n  \"name\": \"web\",\n  \"version\": \"2.3.4\"\n}\n");
        repo.Write("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <Version>2.3.4</Version>\n  </PropertyGroup>\n</Project>\n");
        repo.Write("pyproject.toml", "[project]\nname = \"x\"\nversion = \"2.3.4\"\n");
        repo.Write("VERSION", "2.3.4\n");
        repo.Write("go.mod", "module example.com/x\n\ngo 1.22\n");
        repo.Write("docs/Makefile", "VERSION ?= 1.0.0\n");
        repo.Commit("files");
        Tool.Run(repo.Path, "init").ShouldSucceed().Out.ShouldContain("with 5 reference(s) on 2.3.4");
        var config = repo.Read("slipway.yaml");
        config.ShouldContain("tag: v{version}                # Go modules need the v prefix on their tags");
        config.ShouldContain("  # This one holds '1.0.0', not 2.3.4: uncomment it once it is fixed");
        config.ShouldContain("  # - file: docs/Makefile");
        Tool.Run(repo.Path, "show").ShouldSucceed().Out.ShouldContain("All 4 checked values agree on 2.3.4");
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_configuration()
    {
        using var repo = TestRepository.Create("kubeopencode");
        Tool.Run(repo.Path, "init").ShouldExit(2).Error.ShouldContain("slipway.yaml already exists [SW205]");
        Tool.Run(repo.Path, "init", "--stdout").ShouldSucceed().Out.ShouldContain("make: VERSION");
    }
}

using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

public sealed class InitTests
{
    [Theory]
    [InlineData("bpfman", 8, "0.5.1")]
    [InlineData("kubeopencode", 5, "0.1.0")]
    public void Writes_a_starter_configuration_that_show_reports_as_consistent(string example, int references, string version)
    {
        using var repo = TestRepository.Create(example);
        repo.Git("rm", "-q", "slipway.yaml");
        Tool.Run(repo.Path, "init").ShouldSucceed().Out.ShouldContain($"with {references} reference(s) on {version}");
        repo.Read("slipway.yaml").ShouldStartWith(Core.Configuration.SchemaLocation.Modeline + "\n# slipway.yaml, written by 'slipway init'.");
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
        Tool.Run(repo.Path, "init").ShouldSucceed().Out.ShouldContain("with 4 reference(s) on 2.3.4");
        var config = repo.Read("slipway.yaml");
        config.ShouldContain("tag: v{version}                # Go modules need the v prefix on their tags");
        config.ShouldContain("  # Left out: these hold another version than 2.3.4, so releases do not seem to change them:\n  #   docs/Makefile:1  make: VERSION = 1.0.0\n");
        Tool.Run(repo.Path, "show").ShouldSucceed().Out.ShouldContain("All 4 checked values agree on 2.3.4");
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_configuration()
    {
        using var repo = TestRepository.Create("kubeopencode");
        Tool.Run(repo.Path, "init").ShouldExit(2).Error.ShouldContain("slipway.yaml already exists [SW205]");
        Tool.Run(repo.Path, "init", "--stdout").ShouldSucceed().Out.ShouldContain("make: VERSION");
    }

    [Fact]
    public void Json_lists_each_reference_with_its_line_and_each_candidate_with_every_place_it_covers()
    {
        using var repo = TestRepository.Create();
        repo.Write("Makefile", "# release version\nVERSION ?= v3.1.4\n");
        repo.Write("ui/package.json", "{ \"name\": \"ui\", \"version\": \"0.0.1\" }\n");
        foreach (var name in new[] { "a", "b", "c" })
        {
            repo.Write($"deploy/{name}.yaml", $"metadata:\n  labels:\n    app.kubernetes.io/version: 3.1.4\n  name: {name}\n");
        }

        repo.Commit("files");
        var json = System.Text.Json.JsonDocument.Parse(Tool.Run(repo.Path, "init", "--stdout", "--json").ShouldSucceed().Out).RootElement;
        json.TryGetProperty("file", out _).ShouldBeFalse("--stdout writes no file");
        json.GetProperty("version").GetString().ShouldBe("3.1.4");
        var reference = json.GetProperty("references").EnumerateArray().ShouldHaveSingleItem();
        (reference.GetProperty("file").GetString(), reference.GetProperty("line").GetInt32(), reference.GetProperty("value").GetString()).ShouldBe(("Makefile", 2, "v{version}"));
        json.GetProperty("leftOut").EnumerateArray().ShouldHaveSingleItem().GetProperty("current").GetString().ShouldBe("0.0.1");
        var candidate = json.GetProperty("candidates").EnumerateArray().ShouldHaveSingleItem();
        candidate.GetProperty("files").GetString().ShouldBe("deploy/**/*.yaml");
        candidate.GetProperty("places").EnumerateArray().Select(p => $"{p.GetProperty("file").GetString()}:{p.GetProperty("line").GetInt32()}")
            .ShouldBe(["deploy/a.yaml:3", "deploy/b.yaml:3", "deploy/c.yaml:3"]);
        File.Exists(repo.File("slipway.yaml")).ShouldBeFalse("--stdout writes nothing");
    }

    [Fact]
    public void Never_reads_through_a_symbolic_link_nor_a_binary_file()
    {
        using var outside = TestRepository.CreateEmpty();
        outside.Write("secret-version", "9.9.9\n");
        using var repo = TestRepository.Create();
        repo.Write("VERSION", "1.2.3\n");
        Directory.CreateDirectory(repo.File("docs"));
        File.CreateSymbolicLink(repo.File("docs/VERSION"), outside.File("secret-version"));
        repo.Write("docs/notes.txt", "see 1.2.3\n");
        File.WriteAllBytes(repo.File("logo.bin"), [0x00, 0x01, .. "version 1.2.3"u8, 0x00]);
        repo.Commit("files");

        var config = Tool.Run(repo.Path, "init", "--stdout").ShouldSucceed().Out;
        config.ShouldNotContain("9.9.9");
        config.ShouldNotContain("docs/VERSION");
        config.ShouldNotContain("logo.bin");
        config.ShouldContain("  # - file: docs/notes.txt\n");
    }

    [Fact]
    public void A_status_line_with_regex_characters_in_its_label_becomes_a_pattern_that_reads_it()
    {
        using var repo = TestRepository.Create();
        repo.Write("README.md", "# Tool\n\n* **Version (stable) [LTS]**: v2.0.0\n* **Version (next)**: v2.1.0-rc.1\n");
        repo.Write("VERSION", "2.0.0\n");
        repo.Commit("files");

        var config = Tool.Run(repo.Path, "init", "--stdout").ShouldSucceed().Out;
        config.ShouldContain(@"regex: '\*\*Version \(stable\) \[LTS\]\*\*: v(?<version>");
        config.ShouldContain("  # Left out: these hold another version than 2.0.0");
        repo.Write("slipway.yaml", config);
        Tool.Run(repo.Path, "show").ShouldSucceed().Out.ShouldContain("All 2 checked values agree on 2.0.0");
        Tool.Run(repo.Path, "bump", "2.0.1").ShouldSucceed();
        repo.Read("README.md").ShouldBe("# Tool\n\n* **Version (stable) [LTS]**: v2.0.1\n* **Version (next)**: v2.1.0-rc.1\n");
    }

    [Fact]
    public void On_slipways_own_checkout_it_proposes_the_references_its_slipway_yaml_names()
    {
        var config = Tool.Run(RepositoryRoot.Path, "init", "--stdout").ShouldSucceed().Out;
        config.ShouldContain("  - file: Directory.Build.props\n    xml: Project/PropertyGroup/Version");
        config.ShouldContain("  - file: README.md\n    regex: 'Current version: (?<version>");
    }
}

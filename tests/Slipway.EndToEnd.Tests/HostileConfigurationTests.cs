using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// Issue 9's hostile configurations, run through the command line exactly as given there: each exits
/// 2 with a located message and no stack trace (they exited 70, grew to 4.3 GB, hung, or were
/// accepted), and a run outside a repository says so (SW304) instead of quoting git.
/// </summary>
public sealed class HostileConfigurationTests
{
    private const string Versions = "versions:\n  - file: Makefile\n    make: VERSION\n";

    private static TestRepository Repository()
    {
        var repo = TestRepository.Create();
        repo.Write("Makefile", "VERSION ?= 0.1.0\n");
        repo.Write("c.yaml", "a:\n  - 1\n");
        repo.Write("slipway.yaml", Versions);
        repo.Commit("feat: first");
        return repo;
    }

    private static void ShouldBeLocated(CliResult result, string detail)
    {
        result.ShouldExit(2);
        result.Error.ShouldContain("[SW202]");
        result.Error.ShouldContain("  slipway.yaml:" + detail);
        result.Error.ShouldNotContain("internal error");
        result.Error.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("versions:\n  - file: c.yaml\n    yaml: 'a[99999999999999999999]'\n", "3:35: versions[0].yaml: the index 99999999999999999999 is too large")]
    [InlineData("versions:\n  - file: c.yaml\n    yaml: '99999999999999999999:a'\n", "3:12: versions[0].yaml: the document number 99999999999999999999 is too large")]
    [InlineData("versions:\n  - files: '[abc'\n    make: VERSION\n", "2:13: versions[0].files is not a glob: '[' is not closed with ']'")]
    [InlineData("versions:\n  - files: '{a,{b,{c'\n    make: VERSION\n", "2:13: versions[0].files is not a glob: '{' is not closed with '}'")]
    [InlineData(Versions + "checks:\n  - run: make\n    timeout: 999999999999h\n", "6:14: checks[0].timeout must be a duration")]
    [InlineData(Versions + "pull-request:\n  wait: 99999999999999999999h\n", "5:9: pull-request.wait must be a duration")]
    [InlineData(Versions + "artifacts-wait: 9223372036854775807s\n", "4:17: artifacts-wait must be a duration")]
    [InlineData("a: {b\n*\n", "1:4: not valid YAML")]
    [InlineData(Versions + "    value: ''\n", "4:12: versions[0].value must use the version")]
    [InlineData(Versions + "    value: abc\n", "4:12: versions[0].value must use the version")]
    [InlineData(Versions + "base: ''\n", "4:7: base must be a git branch name, found '': it is empty")]
    [InlineData(Versions + "remote: ''\n", "4:9: remote must be the name of a git remote, found '': it is empty")]
    [InlineData(Versions + "steps:\n  - name: a\n    text: x\n  - name: a\n    text: y\n", "7:11: steps[1].name 'a' is already the name of steps[0]")]
    [InlineData(Versions + "---\nname: second\n", "5:1: a second YAML document starts here")]
    [InlineData("versions:\n  - file: Make\0file\n    make: VERSION\n", "2:15: the file contains a NUL character")]
    public void Each_input_of_the_issue_is_a_located_configuration_error(string configuration, string detail)
    {
        using var repo = Repository();
        repo.Write("slipway.yaml", configuration);
        ShouldBeLocated(Tool.Run(repo.Path, "show"), detail);
    }

    [Fact]
    public void Invalid_utf8_is_a_located_configuration_error()
    {
        using var repo = Repository();
        File.WriteAllBytes(repo.File("slipway.yaml"), [.. "versions:\n  - file: Makefile\n    make: VERSION\nname: caf"u8.ToArray(), 0xE9, (byte)'\n']);
        ShouldBeLocated(Tool.Run(repo.Path, "show"), "4:10: the file is not valid UTF-8 text");
    }

    [Theory]
    [InlineData("/dev/zero", "/dev/zero is not a regular file (a character device); only regular files are read [SW213]")]
    [InlineData("/dev/urandom", "/dev/urandom is not a regular file (a character device); only regular files are read [SW213]")]
    [InlineData("fifo", "fifo is not a regular file (a FIFO); only regular files are read [SW213]")]
    [InlineData("zero-link", "zero-link is not a regular file (a character device); only regular files are read [SW213]")]
    [InlineData("charts", "charts is a directory, not a file [SW213]")]
    public void Only_a_regular_file_is_read_as_configuration(string config, string message)
    {
        using var repo = Repository();
        System.Diagnostics.Process.Start("mkfifo", [repo.File("fifo")])!.WaitForExit();
        File.CreateSymbolicLink(repo.File("zero-link"), "/dev/zero");
        Directory.CreateDirectory(repo.File("charts"));
        var result = Tool.Run(repo.Path, "show", "--config", config).ShouldExit(2);
        result.Error.ShouldContain(message);
        result.Error.ShouldNotContain("denied");
    }

    [Fact]
    public void A_committed_slipway_yaml_that_links_to_a_device_is_refused()
    {
        using var repo = Repository();
        File.Delete(repo.File("slipway.yaml"));
        File.CreateSymbolicLink(repo.File("slipway.yaml"), "/dev/zero");
        repo.Commit("chore: a hostile configuration");
        Tool.Run(repo.Path, "show").ShouldExit(2).Error.ShouldContain("slipway.yaml is not a regular file (a character device); only regular files are read [SW213]");
    }

    [Theory]
    [InlineData("{{> nope}}", "notes.hbs:1:1: partials and inline partials are not available: a notes template is one file [SW206]")]
    [InlineData("{{nohelper 1 2}}", "notes.hbs:1:1: unknown helper 'nohelper'; the helpers are capitalize, eq, lookup, #if, #unless, #each, #with [SW206]")]
    [InlineData("{{capitalize 1 2 3}}", "notes.hbs:1:1: 'capitalize' takes 1 argument(s), found 3 [SW206]")]
    [InlineData("{{#with}}{{/with}}", "notes.hbs:1:1: 'with' takes 1 argument(s), found 0 [SW206]")]
    [InlineData("# {{tag}}\n{{#each}}x{{/each}}", "notes.hbs:2:1: 'each' takes 1 argument(s), found 0 [SW206]")]
    [InlineData("# {{tag}}\n{{#if (eq)}}x{{/if}}", "notes.hbs:2:1: 'eq' takes 2 argument(s), found 0 [SW206]")]
    public void A_notes_template_that_crashed_is_a_located_template_error(string template, string message)
    {
        using var repo = Repository();
        repo.Write("notes.hbs", template);
        repo.Write("slipway.yaml", Versions + "notes:\n  template: notes.hbs\n");
        var result = Tool.Run(repo.Path, "notes").ShouldExit(2);
        result.Error.ShouldContain(message);
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Outside_a_git_repository_the_error_is_that_it_is_not_one()
    {
        var directory = Directory.CreateTempSubdirectory("slipway-e2e-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "Makefile"), "VERSION ?= 0.1.0\n");
            File.WriteAllText(Path.Combine(directory, "slipway.yaml"), Versions);
            Tool.Run(directory, "show").ShouldSucceed();
            foreach (var args in new[] { new[] { "notes" }, ["release", "0.2.0", "--yes"] })
            {
                var result = Tool.Run(directory, args).ShouldExit(3);
                result.Error.ShouldContain("this is not inside a git repository [SW304]");
                result.Error.ShouldNotContain("SW305");
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>Notes and next on malformed input: each gets its exit code and a message that says what to do.</summary>
public sealed class NotesErrorTests
{
    private static TestRepository Repository()
    {
        var repo = TestRepository.Create();
        repo.Write("VERSION", "1.1.0\n");
        repo.Write("slipway.yaml", "versions:\n  - file: VERSION\n    whole: true\nforge:\n  repository: acme/app\n");
        repo.Commit("feat: first");
        repo.Git("tag", "v1.0.0");
        repo.Commit("feat: second (#2)");
        return repo;
    }

    [Fact]
    public void A_range_that_does_not_exist_is_a_usage_error()
    {
        using var repo = Repository();
        var result = Tool.Run(repo.Path, "notes", "--from", "v9.9.9").ShouldExit(2);
        result.Error.ShouldContain("'v9.9.9' is not a commit, branch or tag of this repository [SW201]");
        Tool.Run(repo.Path, "notes", "--to", "nowhere").ShouldExit(2).Error.ShouldContain("'nowhere' is not a commit");
    }

    [Fact]
    public void Tags_that_are_not_semver_are_ignored_with_one_warning_naming_them()
    {
        using var repo = Repository();
        repo.Git("tag", "v1.1.0.rc1", "HEAD~1");
        repo.Git("tag", "v1.1", "HEAD~1");
        repo.Git("tag", "docs-snapshot", "HEAD~1");
        var result = Tool.Run(repo.Path, "notes").ShouldSucceed();
        result.Error.Split('\n').Count(l => l.StartsWith("warning:", StringComparison.Ordinal)).ShouldBe(1);
        result.Error.ShouldContain("warning: ignored 2 tag(s) that do not name a SemVer version under 'v{version}': v1.1, v1.1.0.rc1");
        result.Out.ShouldContain("compare/v1.0.0...v1.1.0");
    }

    [Theory]
    [InlineData("{{#each sections}}\n- {{title}}\n", "notes.hbs:1:1: '{{#each}}' is never closed with '{{/each}}' [SW206]")]
    [InlineData("# {{tag}}\n{{#if previous}}\n{{/each}}\n", "notes.hbs:3:1: '{{/each}}' closes '{{#if}}' opened at 2:1 [SW206]")]
    [InlineData("# {{tag}}\n\n  {{title}\n", "notes.hbs:3:3: '{{' is never closed with '}}' [SW206]")]
    public void A_template_with_an_error_is_reported_with_its_line(string template, string message)
    {
        using var repo = Repository();
        repo.Write("notes.hbs", template);
        repo.Write("slipway.yaml", repo.Read("slipway.yaml") + "notes:\n  template: notes.hbs\n");
        Tool.Run(repo.Path, "notes").ShouldExit(2).Error.ShouldContain(message);
    }

    [Fact]
    public void An_unreadable_highlights_file_is_an_error_and_a_missing_configured_one_a_warning()
    {
        using var repo = Repository();
        Tool.Run(repo.Path, "notes", "--highlights", "missing.md").ShouldExit(2).Error.ShouldContain("missing.md cannot be read");
        Directory.CreateDirectory(repo.File("a-directory"));
        Tool.Run(repo.Path, "notes", "--highlights", "a-directory").ShouldExit(2).Error.ShouldContain("[SW207]");

        repo.Write("slipway.yaml", repo.Read("slipway.yaml") + "notes:\n  highlights: docs/v{version}.md\n");
        var result = Tool.Run(repo.Path, "notes").ShouldSucceed();
        result.Error.ShouldContain("warning: no highlights: docs/v1.1.0.md does not exist (notes.highlights); the section is left out");
        result.Out.ShouldNotContain("## Highlights");
    }

    [Fact]
    public void Unknown_styles_and_write_without_a_file_are_usage_errors()
    {
        using var repo = Repository();
        Tool.Run(repo.Path, "notes", "--style", "fancy").ShouldExit(2).Error.ShouldContain("the styles are github-sections, whats-changed, keep-a-changelog, conventional-changelog");
        Tool.Run(repo.Path, "notes", "--write").ShouldExit(2).Error.ShouldContain("--write needs notes.file");
        Tool.Run(repo.Path, "notes", "--all", "--from", "v1.0.0").ShouldExit(2).Error.ShouldContain("give --from or --all, not both");
        repo.Write("slipway.yaml", repo.Read("slipway.yaml") + "notes:\n  style: github-section\n");
        Tool.Run(repo.Path, "notes").ShouldExit(2).Error.ShouldContain("notes.style must be one of: github-sections, whats-changed, keep-a-changelog, conventional-changelog; found 'github-section' (did you mean 'github-sections'?)");
    }

    [Fact]
    public void Write_puts_the_notes_in_the_configured_file_and_json_prints_the_model()
    {
        using var repo = Repository();
        repo.Write("slipway.yaml", repo.Read("slipway.yaml") + "notes:\n  style: whats-changed\n  file: changelogs/CHANGELOG-v{version}.md\n");
        Tool.Run(repo.Path, "notes", "--write").ShouldSucceed().Error.ShouldContain("note: wrote changelogs/CHANGELOG-v1.1.0.md");
        repo.Read("changelogs/CHANGELOG-v1.1.0.md").ShouldContain("* feat: second by Test Author in https://github.com/acme/app/pull/2");

        var model = JsonDocument.Parse(Tool.Run(repo.Path, "notes", "--json").ShouldSucceed().Out).RootElement;
        model.GetProperty("version").GetString().ShouldBe("1.1.0");
        model.GetProperty("previousTag").GetString().ShouldBe("v1.0.0");
        model.GetProperty("loginsResolved").GetBoolean().ShouldBeFalse();
        model.GetProperty("changes")[0].GetProperty("pullRequestUrl").GetString().ShouldBe("https://github.com/acme/app/pull/2");
    }

    [Fact]
    public void Next_without_any_release_proposes_the_version_the_references_hold()
    {
        using var repo = TestRepository.Create();
        repo.Write("VERSION", "0.3.0\n");
        repo.Write("slipway.yaml", "versions:\n  - file: VERSION\n    whole: true\n");
        repo.Commit("feat: everything");
        var result = Tool.Run(repo.Path, "next").ShouldSucceed();
        result.Out.ShouldBe("0.3.0\n");
        result.Error.ShouldContain("first release: 1 change(s) in the whole history (no release yet)");
        Tool.Run(repo.Path, "next", "--pre", "rc1").ShouldExit(2).Error.ShouldContain("a label is letters");
    }
}

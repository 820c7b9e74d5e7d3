using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// <c>slipway notes</c> without a version: what the next release will say (the unreleased changes,
/// titled with the version next computes), not the notes of the release already tagged.
/// </summary>
public sealed class NotesDefaultTests
{
    // The references still hold the released version, as they do right after a release.
    private static TestRepository Released()
    {
        var repo = TestRepository.Create();
        repo.Write("VERSION", "1.0.0\n");
        repo.Write("slipway.yaml", "versions:\n  - file: VERSION\n    whole: true\nforge:\n  repository: acme/app\n");
        repo.Commit("feat: first");
        repo.Git("tag", "v1.0.0");
        repo.Commit("feat: second (#2)");
        return repo;
    }

    [Fact]
    public void Without_a_version_the_notes_cover_the_unreleased_changes_titled_with_the_next_version()
    {
        using var repo = Released();
        var next = Tool.Run(repo.Path, "next").ShouldSucceed().Out.Trim();
        next.ShouldBe("1.1.0");

        var notes = Tool.Run(repo.Path, "notes", "--style", "keep-a-changelog").ShouldSucceed();
        notes.Out.ShouldStartWith("## [1.1.0] - ");
        notes.Out.ShouldContain("- Second (#2)");
        notes.Out.ShouldNotContain("First");
        notes.Error.ShouldContain("note: notes for the unreleased changes: the changes since v1.0.0, as 1.1.0 (what 'slipway next' computes)");
        Tool.Run(repo.Path, "notes", "--unreleased", "--style", "keep-a-changelog").ShouldSucceed().Out.ShouldBe(notes.Out);

        var tagged = Tool.Run(repo.Path, "notes", "--version", "1.0.0", "--style", "keep-a-changelog").ShouldSucceed();
        tagged.Out.ShouldStartWith("## [1.0.0] - ");
        tagged.Out.ShouldContain("First");
        tagged.Out.ShouldNotContain("Second");
    }

    [Fact]
    public void With_nothing_unreleased_the_hint_names_the_command_for_the_last_release()
    {
        using var repo = Released();
        repo.Git("tag", "v1.1.0");
        var result = Tool.Run(repo.Path, "notes").ShouldExit(1);
        result.Error.ShouldContain("nothing unreleased: no change since v1.1.0 [SW107]");
        result.Error.ShouldContain("hint: 'slipway notes --version 1.1.0' writes the notes of the release v1.1.0");
        result.Out.ShouldBeEmpty();
    }

    // Found by benchmarks/notes.sh: 'notes --all' right after a release was refused as "nothing
    // unreleased", although the range it asks for (the whole history) is not empty.
    [Fact]
    public void With_nothing_unreleased_an_explicit_range_is_titled_with_the_last_release()
    {
        using var repo = Released();
        repo.Git("tag", "v1.1.0");

        var all = Tool.Run(repo.Path, "notes", "--all", "--style", "keep-a-changelog").ShouldSucceed();

        all.Out.ShouldStartWith("## [1.1.0] - ");
        all.Out.ShouldContain("First");
        all.Out.ShouldContain("Second (#2)");
        all.Error.ShouldContain("nothing unreleased since v1.1.0: the notes of the range are titled 1.1.0");
        Tool.Run(repo.Path, "notes", "--from", "v1.0.0", "--style", "keep-a-changelog").ShouldSucceed().Out.ShouldContain("Second (#2)");
    }

    [Fact]
    public void Unreleased_with_a_version_or_an_end_is_a_usage_error()
    {
        using var repo = Released();
        Tool.Run(repo.Path, "notes", "--unreleased", "--version", "1.0.0").ShouldExit(2).Error.ShouldContain("--unreleased covers the changes up to HEAD: give it without --version and --to");
        Tool.Run(repo.Path, "notes", "--unreleased", "--to", "v1.0.0").ShouldExit(2);
    }

    [Theory]
    [InlineData("whats-changed", true)]
    [InlineData("github-sections", true)]
    [InlineData("keep-a-changelog", false)]
    public void The_login_note_appears_only_where_the_style_shows_authors(string style, bool shown)
    {
        using var repo = Released();
        var error = Tool.Run(repo.Path, "notes", "--style", style).ShouldSucceed().Error;
        error.Contains("@logins need a GitHub token", StringComparison.Ordinal).ShouldBe(shown, error);
    }

    [Fact]
    public void A_template_that_never_names_an_author_gets_no_login_note()
    {
        using var repo = Released();
        repo.Write("plain.hbs", "# {{tag}}\n{{#each changes}}\n- {{title}}\n{{/each}}\n");
        repo.Write("named.hbs", "# {{tag}}\n{{#each changes}}\n- {{title}} by {{author.name}}\n{{/each}}\n");
        repo.Write("slipway.yaml", repo.Read("slipway.yaml") + "notes:\n  template: plain.hbs\n");
        Tool.Run(repo.Path, "notes").ShouldSucceed().Error.ShouldNotContain("@logins");
        repo.Write("slipway.yaml", repo.Read("slipway.yaml").Replace("plain.hbs", "named.hbs", StringComparison.Ordinal));
        Tool.Run(repo.Path, "notes").ShouldSucceed().Error.ShouldContain("@logins need a GitHub token");
    }
}

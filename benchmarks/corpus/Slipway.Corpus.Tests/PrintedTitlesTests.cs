namespace Slipway.Corpus.Tests;

/// <summary>
/// Titles are scored as the notes print them, not as <c>notes --json</c> holds them: the printed
/// notes here are written in the shapes of Slipway's styles and of a git-cliff-like template.
/// </summary>
public sealed class PrintedTitlesTests
{
    private const string Json = """
        {"changes": [], "sections": [{"changes": [
          {"sha": "b99a23250fe159c39a17d223359268611e8547e7", "title": "fix(cd): prepare embedded assets", "description": "prepare embedded assets", "pullRequest": null},
          {"sha": "9d43a15906b3d225c947873cacc8fc57a7fe231e", "title": "feat(context): add per-commit statistics (#1487)", "description": "add per-commit statistics", "pullRequest": 1487}
        ]}]}
        """;

    [Fact]
    public void A_template_that_capitalizes_prints_the_description_capitalized()
    {
        const string printed = "## [2.13.0](https://example.com/compare/v2.12.0..v2.13.0) - 2026-04-26\n\n### Features\n\n"
            + "- *(context)* Add per-commit statistics ([#1487](https://example.com/pull/1487)) - ([9d43a15](https://example.com/commit/9d43a15906b3d225c947873cacc8fc57a7fe231e))\n"
            + "- *(cd)* Prepare embedded assets - ([b99a232](https://example.com/commit/b99a23250fe159c39a17d223359268611e8547e7))\n";

        NotesReplay.Changes(Json, description: true, listsPullRequests: false, new PrintedTitles(printed))
            .ShouldBe([new NoteEntry("Prepare embedded assets", null), new NoteEntry("Add per-commit statistics", 1487)]);
    }

    [Fact]
    public void A_style_that_capitalizes_is_not_exact_where_the_changelog_keeps_the_commits_case()
    {
        // keep-a-changelog upper-cases; a conventional-changelog CHANGELOG prints the commit's text.
        const string printed = "## [2.13.0] - 2026-04-26\n\n### Added\n\n- Add per-commit statistics (#1487)\n\n### Fixed\n\n- Prepare embedded assets (b99a232)\n";
        var ours = NotesReplay.Changes(Json, description: true, listsPullRequests: false, new PrintedTitles(printed));

        var outcome = NotesReplay.Score([new NoteEntry("prepare embedded assets", null), new NoteEntry("add per-commit statistics", 1487)], ours);

        outcome.Found.Count.ShouldBe(2);
        outcome.Exact.ShouldBe(0);
    }

    [Fact]
    public void The_case_is_read_on_the_line_that_names_the_change_not_where_the_text_first_appears()
    {
        // whats-changed: an earlier pull request's title holds this one's, in lower case.
        const string printed = "## What's Changed\n"
            + "* feat(client): implement aggregated discovery API methods for API groups by @a in https://example.com/pull/1873\n"
            + "* Implement aggregated discovery API methods by @b in https://example.com/pull/1876\n";

        new PrintedTitles(printed).AsPrinted("Implement aggregated discovery API methods", 1876, "c5913e55").ShouldBe("Implement aggregated discovery API methods");
        new PrintedTitles(printed).AsPrinted("implement aggregated discovery API methods", 1876, "c5913e55").ShouldBe("Implement aggregated discovery API methods");
    }

    [Fact]
    public void A_change_no_line_names_keeps_the_models_text() =>
        new PrintedTitles("- Something else (#3)\n").AsPrinted("prepare embedded assets", 4, "b99a2325").ShouldBe("prepare embedded assets");
}

namespace Slipway.Corpus.Tests;

/// <summary>
/// How the projects' own manifests read a conventional-changelog entry, and what the harness takes
/// of <c>notes --json</c>: lines and JSON written here in the generators' forms, read with the entry
/// patterns the corpus really uses (a fault of the pattern is a fault of the table).
/// </summary>
public sealed class ChangelogReadingTests
{
    [Fact]
    public void A_back_port_keeps_the_original_reference_in_its_title_and_names_its_own_pull_request()
    {
        // conventional-changelog links every "(#N)" of the subject "fix(http): x (#40) (#42)": the
        // reader sees both, and the pull request that landed it is the last (GitHub lists it "in #42").
        const string changelog = "## [0.24.0](https://example.com/compare/v0.23.0...v0.24.0) (2024-02-03)\n\n### Bug Fixes\n\n"
            + "* **http:** accept mixed-case encodings ([#40](https://example.com/issues/40)) ([#42](https://example.com/issues/42)) ([abc1234](https://example.com/commit/abc1234))\n";

        foreach (var project in new[] { "axios", "uuid" })
        {
            NotesReplay.Section(changelog, Manifest(project), "0.24.0").ShouldBe([new NoteEntry("accept mixed-case encodings (#40)", 42)], project);
        }
    }

    [Fact]
    public void A_closes_reference_written_in_the_subject_stays_and_the_one_the_generator_appends_goes()
    {
        // The generator appends ", closes #N" after the commit link for a "Closes #N" footer; a
        // subject "feat!: port to C, closes #7 (#8)" is printed as written, before the links.
        const string changelog = "## [2.0.0](https://example.com/compare/v1.0.0...v2.0.0) (2024-02-03)\n\n### Features\n\n"
            + "* port to C, closes  [#7](https://example.com/issues/7) ([#8](https://example.com/issues/8)) ([abc1234](https://example.com/commit/abc1234))\n"
            + "* add a parser ([#9](https://example.com/issues/9)) ([def5678](https://example.com/commit/def5678)), closes [#3](https://example.com/issues/3)\n";

        NotesReplay.Section(changelog, Manifest("uuid"), "2.0.0").ShouldBe([new NoteEntry("port to C, closes  #7", 8), new NoteEntry("add a parser", 9)]);
    }

    [Fact]
    public void Release_please_entries_keep_the_references_of_their_subject_and_an_override_names_no_pull_request()
    {
        // release-please links "#99" written in a subject, appends ", closes #N" for a footer, and
        // prints a commit whose pull request overrides its message (BEGIN_COMMIT_OVERRIDE) without
        // the "(#N)" the squash subject carried; a BREAKING CHANGES block repeats an entry.
        const string changelog = "## [3.1.0](https://example.com/compare/v3.0.0...v3.1.0) (2026-07-28)\n\n\n### ⚠ BREAKING CHANGES\n\n"
            + "* **deps:** require left-pad 3 ([#12](https://example.com/issues/12))\n\n### Features\n\n"
            + "* **deps:** require left-pad 3 ([#12](https://example.com/issues/12)) ([abc1234](https://example.com/commit/abc1234))\n\n\n### Bug Fixes\n\n"
            + "* **deps:** update brace-expansion for alerts [#99](https://example.com/issues/99) and [#100](https://example.com/issues/100) ([#14](https://example.com/issues/14)) ([def5678](https://example.com/commit/def5678))\n"
            + "* avoid duplicate updates ([#15](https://example.com/issues/15)) ([0a1b2c3](https://example.com/commit/0a1b2c3)), closes [#9](https://example.com/issues/9)\n"
            + "* replace the closing keyword ([5b31578](https://example.com/commit/5b31578))\n";

        NotesReplay.Section(changelog, Manifest("release-please"), "3.1.0").ShouldBe([
            new NoteEntry("require left-pad 3", 12),
            new NoteEntry("update brace-expansion for alerts #99 and #100", 14),
            new NoteEntry("avoid duplicate updates", 15),
            new NoteEntry("replace the closing keyword", null),
        ]);
    }

    [Fact]
    public void Whats_changed_is_scored_on_the_pull_requests_it_prints_not_on_direct_commits()
    {
        const string json = """
            {"changes": [
              {"sha": "a1", "title": "release 0.24.0", "description": "release 0.24.0", "pullRequest": null},
              {"sha": "b2", "title": "Fix the watcher", "description": "Fix the watcher", "pullRequest": 12},
              {"sha": "c3", "title": "changelog import", "description": "changelog import"}
            ], "sections": []}
            """;

        NotesReplay.Changes(json, description: false, listsPullRequests: true, new PrintedTitles(string.Empty)).ShouldBe([new NoteEntry("Fix the watcher", 12)]);
    }

    [Fact]
    public void A_git_cliff_entry_is_read_without_its_scope_breaking_mark_and_links()
    {
        // git-cliff's own template: "- *(scope)* [**breaking**] Description ([#N](…)) - ([sha](…))",
        // the pull request linked by its commit preprocessor, the New Contributors list after the groups.
        const string changelog = "## [3.1.0](https://example.com/tool/compare/v3.0.0..v3.1.0) - 2026-01-02\n\n### ⛰️  Features\n\n"
            + "- *(config)* Support more configuration files ([#14](https://example.com/tool/issues/14)) - ([1a2b3c4](https://example.com/tool/commit/1a2b3c4d))\n"
            + "- *(args)* [**breaking**] Rename the `--strip` flag - ([5d6e7f8](https://example.com/tool/commit/5d6e7f80))\n"
            + "- Publish wheels for `musl` ([#15](https://example.com/tool/issues/15)) - ([9a8b7c6](https://example.com/tool/commit/9a8b7c60))\n\n"
            + "## New Contributors ❤️\n\n* @ann made their first contribution in [#14](https://example.com/tool/pull/14)\n\n"
            + "## [3.0.0](https://example.com/tool/compare/v2.9.0..v3.0.0) - 2025-12-01\n\n### 🐛 Bug Fixes\n\n"
            + "- *(git)* Read the tags first - ([0f0f0f0](https://example.com/tool/commit/0f0f0f00))\n";

        NotesReplay.Section(changelog, Manifest("git-cliff"), "3.1.0").ShouldBe(
            [new NoteEntry("Support more configuration files", 14), new NoteEntry("Rename the `--strip` flag", null), new NoteEntry("Publish wheels for `musl`", 15)]);
    }

    [Fact]
    public void A_section_whose_compare_link_starts_at_an_earlier_release_is_replayed_from_there()
    {
        // cliff.toml's ignore_tags folds 3.1.0 and 3.1.1 into 3.1.2, whose section says so; a
        // pre-release's section covers everything since the last final release.
        const string changelog = "## [3.1.2](https://github.com/orhun/git-cliff/compare/v3.0.4..v3.1.2) - 2026-01-02\n\n"
            + "## [3.0.0-rc.1](https://github.com/orhun/git-cliff/compare/v2.9.0..v3.0.0-rc.1) - 2025-12-01\n\n"
            + "## [2.9.0] - 2025-11-01\n";

        var notes = Manifest("git-cliff");
        NotesReplay.CoveredFrom(changelog, notes, "3.1.2").ShouldBe("v3.0.4");
        NotesReplay.CoveredFrom(changelog, notes, "3.0.0-rc.1").ShouldBe("v2.9.0");
        NotesReplay.CoveredFrom(changelog, notes, "2.9.0").ShouldBeNull(); // the first release names no range
    }

    private static NotesManifest Manifest(string project)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "benchmarks", "corpus", "projects")))
        {
            directory = directory.Parent;
        }

        directory.ShouldNotBeNull("the checkout's benchmarks/corpus/projects");
        return ProjectManifest.Load(Path.Combine(directory.FullName, "benchmarks", "corpus", "projects", project)).Notes.ShouldNotBeNull();
    }
}

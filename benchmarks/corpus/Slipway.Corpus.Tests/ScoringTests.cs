using Slipway.Core.Versioning;

namespace Slipway.Corpus.Tests;

/// <summary>How the harness scores a release: which real lines are version references, and how notes entries match.</summary>
public sealed class ScoringTests
{
    private static readonly SemVersion Release = SemVersion.Parse("0.24.0");
    private static readonly SemVersion[] Previous = [SemVersion.Parse("0.23.0")];

    [Theory]
    [InlineData("VERSION ?= v0.23.0", "VERSION ?= v0.24.0")]
    [InlineData("  version: 0.23.0", "  version: 0.24.0")]
    [InlineData("image: quay.io/acme/operator:v0.23.0 # 0.23", "image: quay.io/acme/operator:v0.24.0 # 0.24")]
    public void A_line_whose_previous_version_became_the_release_is_a_version_reference(string old, string @new) =>
        VersionLineClassifier.IsVersionLine(new ChangedLine("f", 1, old, @new), Release, Previous).ShouldBeTrue();

    [Fact]
    public void A_pre_release_label_emptied_by_the_release_is_one_too() =>
        VersionLineClassifier.IsVersionLine(
            new ChangedLine("version.go", 61, "const versionPreRelease = \"alpha\"", "const versionPreRelease = \"\""),
            Release,
            [SemVersion.Parse("0.24.0-alpha")]).ShouldBeTrue();

    [Theory]
    [InlineData("\tgolang.org/x/net v0.17.0", "\tgolang.org/x/net v0.24.0")] // a dependency that happens to reach the release's number
    [InlineData("## 0.23.0 (2024-01-02)", "## 0.24.0 (2024-02-03)")] // a date changed too
    [InlineData("replicas: 1", "replicas: 2")]
    public void A_line_that_does_something_else_is_not(string old, string @new) =>
        VersionLineClassifier.IsVersionLine(new ChangedLine("f", 1, old, @new), Release, Previous).ShouldBeFalse();

    [Fact]
    public void Notes_match_by_pull_request_first_then_by_title_and_count_exact_titles_apart()
    {
        List<NoteEntry> real = [new("Fix the `watcher` restart", 12), new("add fetch adapter", null), new("drop Go 1.21", 14)];
        List<NoteEntry> ours = [new("Fix the watcher restart", 12), new("Add fetch adapter.", null), new("release 0.24.0", null)];

        var outcome = NotesReplay.Score(real, ours);

        outcome.Found.Count.ShouldBe(2); // by number although the titles differ, and by title with case and period ignored
        outcome.Exact.ShouldBe(0);
        outcome.Missing.Single().PullRequest.ShouldBe(14);
        outcome.Extra.Single().Title.ShouldBe("release 0.24.0");
    }

    [Fact]
    public void A_section_ends_at_the_next_release_and_leaves_out_excluded_subsections()
    {
        const string changelog = """
            # [0.24.0](https://example.com/compare/v0.23.0...v0.24.0) (2024-02-03)

            ### Bug Fixes

            * **http:** handle empty bodies; ([#31](https://example.com/issues/31)) ([abc1234](https://example.com/commit/abc1234))

            ### PRs
            - CVE 2023 45857 ( [#6](https://example.com/pulls/6) )

            ## [0.23.0] - 2024-01-02

            - fix(core): an older entry [#5](https://example.com/pull/5)
            """;
        var notes = new NotesManifest
        {
            Heading = @"^##? \[?{version}\]?[ (]",
            Next = @"^##? \[?\d+\.\d+\.\d+",
            Entry = @"^[*-] (?:\*\*[^*]+:\*\* )?(?:[a-z]+(?:\([^)]*\))?!?: )?(?<title>.+?)(?: \(\[?#(?<pr>\d+)\]?(?:\([^)]*\))?\))*(?: \(\[[0-9a-f]{7,}\]\([^)]*\)\))?(?: \[#(?<pr>\d+)\]\([^)]*\))?\s*$",
            Exclude = "^###? .*PRs$",
        };

        NotesReplay.Section(changelog.ReplaceLineEndings("\n") + "\n", notes, "0.24.0").ShouldBe([new NoteEntry("handle empty bodies;", 31)]);
        NotesReplay.Section(changelog.ReplaceLineEndings("\n") + "\n", notes, "0.23.0").ShouldBe([new NoteEntry("an older entry", 5)]);
    }

    [Fact]
    public void A_real_title_is_read_as_its_reader_sees_it_without_issue_links_or_html_escapes()
    {
        const string changelog = "## [0.24.0] (2024-02-03)\n\n- insure -&gt; ensure, fixes [#764](https://example.com/issues/764) (#765)\n";
        var notes = new NotesManifest { Heading = @"^## \[{version}\]", Entry = @"^- (?<title>.+?)(?: \(#(?<pr>\d+)\))?$" };

        NotesReplay.Section(changelog, notes, "0.24.0").ShouldBe([new NoteEntry("insure -> ensure, fixes #764", 765)]);
    }

    [Fact]
    public void A_generated_table_row_that_a_later_release_updates_is_forgotten_however_its_columns_are_padded()
    {
        // A Helm chart's README, regenerated from values.yaml: the row of the image tag, padded to
        // a description column that a later change made narrower.
        const string Wide = "| `image.tag` | Sets the version tag for the operator.                     | `v0.23.0` |";
        const string Narrow = "| `image.tag` | Sets the version tag for the operator. | `v0.24.0` |";
        var setByUs = new ChangedLine("chart/README.md", 169, Wide, Wide.Replace("0.23.0", "0.24.0", StringComparison.Ordinal));
        var otherRow = new ChangedLine("chart/README.md", 170, "| `proxy.tag` | Sets the proxy tag. | `v0.23.0` |", "| `proxy.tag` | Sets the proxy tag. | `v0.24.0` |");
        var later = new ChangedLine("chart/README.md", 182, Narrow, Narrow.Replace("0.24.0", "0.25.0", StringComparison.Ordinal));

        var results = ProjectReplay.Forgotten([Result("0.24.0", extra: [setByUs, otherRow], real: []), Result("0.25.0", extra: [], real: [later])]);

        results[0].Bump!.Forgotten.ShouldBe([setByUs]);
        results[0].Bump!.Extra.ShouldBe([otherRow]); // no later release changed a row of that shape
        results[0].Bump!.BetterThanRelease.ShouldBeFalse();
    }

    [Fact]
    public void Init_proposes_every_line_a_reference_finds_not_only_its_first()
    {
        using var json = System.Text.Json.JsonDocument.Parse("""
            {"references": [
              {"file": "docs/install.md", "line": 5, "locator": "regex: download/v(?<version>…)", "current": "1.4.2", "count": 2, "lines": [5, 13]},
              {"file": "Makefile", "line": 2, "locator": "make: VERSION", "current": "1.4.2"}
            ]}
            """);

        InitReplay.Proposed(json.RootElement).ShouldBe([("docs/install.md", 5), ("docs/install.md", 13), ("Makefile", 2)], ignoreOrder: true);
    }

    private static ReleaseResult Result(string version, List<ChangedLine> extra, List<ChangedLine> real) =>
        new(
            new Release("v" + version, SemVersion.Parse(version), "v0.0.0", "v0.0.0", [SemVersion.Parse("0.0.0")], "before", "prepared", new EraManifest()),
            new BumpOutcome(null, [], [], extra, [], [], [], [], real),
            null,
            null);
}

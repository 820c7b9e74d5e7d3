using FsCheck;
using FsCheck.Fluent;
using Slipway.Core.Diagnostics;
using Slipway.Core.Notes;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Notes;

/// <summary>
/// A notes.file of every release (CHANGELOG.md) keeps the releases it holds: until this was found,
/// 'notes --write' and the release overwrote such a file with the one release's notes.
/// </summary>
public sealed class ChangelogFileTests
{
    private static readonly SemVersion Version = SemVersion.Parse("1.2.0");

    private const string Tag = "v1.2.0";

    private const string Notes = "## [1.2.0] - 2026-11-30\n\n### Added\n\n- Widgets (#3)\n";

    private const string Older = "## [1.1.0] - 2026-01-01\n\n### Fixed\n\n- Overlap (#2)\n\n## [1.0.0] - 2025-01-01\n\n- First\n";

    [Fact]
    public void A_file_per_release_holds_its_notes_alone() =>
        ChangelogFile.Written("changelogs/CHANGELOG-v{version}.md", "stale text\n", Notes, Version, Tag).ShouldBe(Notes);

    [Fact]
    public void The_first_release_starts_the_file() =>
        (ChangelogFile.Written("CHANGELOG.md", null, Notes, Version, Tag), ChangelogFile.Written("CHANGELOG.md", "\n", Notes, Version, Tag)).ShouldBe((Notes, Notes));

    [Fact]
    public void A_release_goes_above_the_newest_below_the_title_and_preamble()
    {
        var existing = "# Changelog\n\nAll notable changes are listed here.\n\n" + Older;

        ChangelogFile.Written("CHANGELOG.md", existing, Notes, Version, Tag)
            .ShouldBe("# Changelog\n\nAll notable changes are listed here.\n\n" + Notes + "\n" + Older);
    }

    [Fact]
    public void Keep_a_changelog_unreleased_section_stays_on_top()
    {
        var existing = "# Changelog\n\n## [Unreleased]\n\n- Not yet\n\n" + Older;

        ChangelogFile.Written("CHANGELOG.md", existing, Notes, Version, Tag)
            .ShouldBe("# Changelog\n\n## [Unreleased]\n\n- Not yet\n\n" + Notes + "\n" + Older);
    }

    [Fact]
    public void Notes_of_the_same_version_are_replaced_where_they_are_not_repeated()
    {
        var once = ChangelogFile.Written("CHANGELOG.md", "# Changelog\n\n" + Older, Notes, Version, Tag);
        var again = Notes.Replace("- Widgets (#3)", "- Widgets (#3)\n- Gadgets (#4)", StringComparison.Ordinal);

        ChangelogFile.Written("CHANGELOG.md", once, again, Version, Tag).ShouldBe("# Changelog\n\n" + again + "\n" + Older);
        ChangelogFile.Written("CHANGELOG.md", once, Notes, Version, Tag).ShouldBe(once, "the same notes twice change nothing");
        var older = "## [1.1.0] - 2026-01-01\n\n### Fixed\n\n- Overlap, again (#2)\n";
        ChangelogFile.Written("CHANGELOG.md", once, older, SemVersion.Parse("1.1.0"), "v1.1.0")
            .ShouldBe(once.Replace("- Overlap (#2)", "- Overlap, again (#2)", StringComparison.Ordinal), "an older release's section, in its place");
    }

    [Fact]
    public void Windows_line_endings_are_kept()
    {
        var existing = "# Changelog\r\n\r\n## 1.1.0 (2026-01-01)\r\n\r\n* fix overlap\r\n";

        ChangelogFile.Written("CHANGELOG.md", existing, "## 1.2.0 (2026-11-30)\n\n* add widgets\n", Version, Tag)
            .ShouldBe("# Changelog\r\n\r\n## 1.2.0 (2026-11-30)\r\n\r\n* add widgets\r\n\r\n## 1.1.0 (2026-01-01)\r\n\r\n* fix overlap\r\n");
    }

    [Fact]
    public void Headings_in_code_samples_and_other_versions_are_not_releases()
    {
        var preamble = "# Changelog\n\n```sh\n## 1.2.0 is not a heading in a shell sample\n```\n\n";
        var existing = preamble + "## [11.2.0] - 2026-02-01\n\n- Eleven\n\n## [1.2.0-rc.1] - 2026-01-01\n\n- Candidate\n";

        ChangelogFile.Written("CHANGELOG.md", existing, Notes, Version, Tag)
            .ShouldBe(preamble + Notes + "\n## [11.2.0] - 2026-02-01\n\n- Eleven\n\n## [1.2.0-rc.1] - 2026-01-01\n\n- Candidate\n");
    }

    [Fact]
    public void A_file_without_releases_gets_the_first_after_its_text() =>
        (ChangelogFile.Written("CHANGELOG.md", "# Changelog\n\nSee below.\n\n\n", Notes, Version, Tag), ChangelogFile.Written("CHANGELOG.md", "# Changelog", Notes, Version, Tag))
            .ShouldBe(("# Changelog\n\nSee below.\n\n\n" + Notes, "# Changelog\n\n" + Notes));

    [Fact]
    public void Notes_without_a_heading_naming_the_version_are_refused()
    {
        var refused = Should.Throw<SlipwayException>(() => ChangelogFile.Written("CHANGELOG.md", "# Changelog\n\n" + Older, "## Bug Fixes\n\n- **Overlap** (#2)\n", Version, Tag));

        refused.Kind.ShouldBe(Errors.NotesFileNeedsHeading);
        refused.Message.ShouldContain("notes.file CHANGELOG.md holds every release");
    }

    [Fact]
    public void Only_utf8_text_is_read_and_a_byte_order_mark_stays()
    {
        ChangelogFile.Read("CHANGELOG.md", null, "CHANGELOG.md").ShouldBeNull();
        ChangelogFile.Read("CHANGELOG.md", [0xEF, 0xBB, 0xBF, (byte)'#', (byte)'\n'], "CHANGELOG.md").ShouldBe("\uFEFF#\n");
        byte[][] notText = [[(byte)'#', 0xE9, (byte)'\n'], [0xFF, 0xFE, (byte)'#', 0], [(byte)'#', 0, (byte)' ', 0]];
        foreach (var bytes in notText)
        {
            Should.Throw<SlipwayException>(() => ChangelogFile.Read("CHANGELOG.md", bytes, "CHANGELOG.md")).Message.ShouldStartWith("CHANGELOG.md is not UTF-8 text");
        }
    }

    // Whatever the file holds, the result is its text with the release's section inserted: every
    // byte of the file is still there, in order, and the notes appear once.
    [Fact]
    public void Every_byte_of_the_file_is_kept() => Prop.ForAll(Changelogs.ToArbitrary(), file =>
    {
        var written = ChangelogFile.Written("CHANGELOG.md", file, Notes, Version, Tag);
        var at = written.IndexOf(Notes, StringComparison.Ordinal);
        var (before, after) = (written[..Math.Max(at, 0)], written[(Math.Max(at, 0) + Notes.Length)..]);
        var inserted = after.StartsWith('\n') && before + after[1..] == file;
        var appended = after.Length == 0 && (before == file || before == file + "\n" || before == file + "\n\n");
        return at >= 0 && written.IndexOf(Notes, at + 1, StringComparison.Ordinal) < 0 && (inserted || appended);
    }).QuickCheckThrowOnFailure();

    private static readonly Gen<string> Changelogs =
        from title in Gen.Elements("", "# Changelog\n\n", "# Changelog\n\nAll notable changes.\n\n", "Intro without a title.\n\n")
        from unreleased in Gen.Elements("", "## [Unreleased]\n\n- Pending\n\n")
        from releases in Gen.Elements("## [1.1.0] - 2026-01-01\n\n- A\n", "## 1.1.0 (2026-01-01)\n\n* a\n\n## 1.0.0\n\n* b\n", "## v0.9.0\n\n```\n## 1.2.0\n```\n", "").ArrayOf()
        select title + unreleased + string.Concat(releases.Take(3));
}

using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// A project that keeps one CHANGELOG.md (notes.file without placeholders): the release puts its
/// notes above the earlier releases and keeps every byte of them. Found while adding the
/// conventional-changelog style: the release and 'notes --write' overwrote the whole file with the
/// one release's notes.
/// </summary>
public sealed class ChangelogFileReleaseTests
{
    private const string Earlier = "## 1.1.0 (2026-01-01)\n\n### Bug Fixes\n\n* widgets no longer overlap (#11) (1a2b3c4)\n\n## 1.0.0 (2025-06-01)\n\n* first widget\n";

    private const string Title = "# Changelog\n\nAll notable changes to this project are documented in this file.\n\n";

    [Fact]
    public void A_release_puts_its_notes_above_the_earlier_ones_and_keeps_them()
    {
        using var repo = Repository("conventional-changelog");
        using var origin = RemoteRepository.For(repo);

        var dry = Tool.Run(repo.Path, "release", "1.2.0", "--dry-run").ShouldSucceed().Out;
        dry.ShouldContain("+## 1.2.0 (");
        dry.ShouldNotContain("-## 1.1.0");

        Tool.Run(repo.Path, "release", "1.2.0", "--yes").ShouldSucceed().Out.ShouldContain("Waiting at pull-request");
        var changelog = origin.Show("release/v1.2.0", "CHANGELOG.md");
        changelog.ShouldStartWith(Title + "## 1.2.0 (");
        changelog.ShouldContain("### Features\n\n* **api:** widgets can be anchored (#12) (");
        changelog.ShouldEndWith("\n\n" + Earlier);
        changelog.Length.ShouldBeLessThan(Title.Length + Earlier.Length + 200, "one release added, once");
    }

    [Fact]
    public void Notes_written_twice_are_in_the_file_once()
    {
        using var repo = Repository("keep-a-changelog");

        Tool.Run(repo.Path, "notes", "--write").ShouldSucceed();
        var once = repo.Read("CHANGELOG.md");
        Tool.Run(repo.Path, "notes", "--write").ShouldSucceed();

        repo.Read("CHANGELOG.md").ShouldBe(once);
        once.ShouldStartWith(Title + "## [1.2.0] - ");
        once.ShouldEndWith("\n\n" + Earlier);
    }

    [Fact]
    public void Notes_without_a_version_heading_are_refused_before_anything_is_written()
    {
        using var repo = Repository("github-sections");
        using var origin = RemoteRepository.For(repo);

        var refused = Tool.Run(repo.Path, "release", "1.2.0", "--yes").ShouldExit(2);
        refused.Error.ShouldContain("slipway.yaml:6:9: notes.file 'CHANGELOG.md' is one changelog of every release, each new one above the last, but the github-sections style writes no heading naming the version");
        repo.Git("branch", "--list").Trim().ShouldBe("* main");
        repo.Git("status", "--porcelain").ShouldBeEmpty();

        // A style given on the command line is known only when the notes are written.
        repo.Write("slipway.yaml", repo.Read("slipway.yaml").Replace("github-sections", "keep-a-changelog", StringComparison.Ordinal));
        repo.Commit("chore: notes in Keep a Changelog's format");
        var written = Tool.Run(repo.Path, "notes", "--write", "--style", "whats-changed").ShouldExit(2);
        written.Error.ShouldContain("notes.file CHANGELOG.md holds every release, but the notes of 1.2.0 have no heading that names the version");
        written.Error.ShouldContain("[SW280]");
        repo.Read("CHANGELOG.md").ShouldBe(Title + Earlier);
    }

    [Fact]
    public void A_changelog_that_links_out_of_the_repository_is_neither_read_nor_written()
    {
        using var repo = Repository("keep-a-changelog");
        using var origin = RemoteRepository.For(repo);
        var outside = Path.Combine(Path.GetTempPath(), "slipway-outside-" + Guid.NewGuid().ToString("N")[..8] + ".md");
        File.WriteAllText(outside, "not the project's\n");
        try
        {
            File.Delete(repo.File("CHANGELOG.md"));
            File.CreateSymbolicLink(repo.File("CHANGELOG.md"), outside);
            repo.Commit("docs: the changelog lives elsewhere");
            repo.Git("push", "-q", "origin", "main");

            Tool.Run(repo.Path, "notes", "--write").ShouldExit(3).Error.ShouldContain("outside the work tree");
            Tool.Run(repo.Path, "release", "1.2.0", "--yes").ShouldExit(3).Error.ShouldContain("[SW321]");
            File.ReadAllText(outside).ShouldBe("not the project's\n");
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_changelog_that_is_not_utf8_is_left_as_it_is()
    {
        using var repo = Repository("conventional-changelog");
        byte[] latin1 = [.. System.Text.Encoding.ASCII.GetBytes("# Changelog\n\n## 1.1.0\n\n* caf"), 0xE9, (byte)'\n'];
        File.WriteAllBytes(repo.File("CHANGELOG.md"), latin1);

        var refused = Tool.Run(repo.Path, "notes", "--write").ShouldExit(3);

        refused.Error.ShouldContain("CHANGELOG.md is not UTF-8 text: the release's notes would change bytes of it outside their section; nothing was written [SW303]");
        File.ReadAllBytes(repo.File("CHANGELOG.md")).ShouldBe(latin1);
    }

    private static TestRepository Repository(string style)
    {
        var repo = TestRepository.Create();
        repo.Write("VERSION", "1.1.0\n");
        repo.Write("CHANGELOG.md", Title + Earlier);
        repo.Write("slipway.yaml", $"versions:\n  - file: VERSION\n    whole: true\nnotes:\n  style: {style}\n  file: CHANGELOG.md\n");
        repo.Commit("chore: release 1.1.0");
        repo.Git("tag", "-a", "v1.1.0", "-m", "Release v1.1.0");
        repo.Write("src/anchors.txt", "anchors\n");
        repo.Commit("feat(api): widgets can be anchored (#12)");
        return repo;
    }
}

using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// A path template can look fine at load and leave the work tree only with the values of the real
/// run: <c>{owner}</c> is empty without a forge, so '{owner}/tmp/x' becomes the absolute '/tmp/x'.
/// Such a path is refused (SW212) before anything is written, by the key that names it. (Paths that
/// are wrong whatever the release are refused at load; the core tests cover each kind.)
/// </summary>
public sealed class RunTimeContainmentTests
{
    private static string Outside(string name) => Path.Combine(Path.GetTempPath(), name);

    [Fact]
    public void A_notes_file_that_renders_outside_is_not_written()
    {
        using var repo = TestRepository.Create();
        repo.Write("VERSION", "1.0.0\n");
        repo.Write("slipway.yaml", "versions:\n  - file: VERSION\n    whole: true\nnotes:\n  file: '{owner}/tmp/slipway-containment-notes-{version}.md'\n");
        repo.Commit("feat: first");
        var target = Outside("slipway-containment-notes-1.1.0.md");
        File.Delete(target);

        var result = Tool.Run(repo.Path, "notes", "--write", "--version", "1.1.0").ShouldExit(2);
        result.Error.ShouldContain($"notes.file is '{target}' for this release: it is an absolute path; nothing was written [SW212]");
        File.Exists(target).ShouldBeFalse();
    }

    [Fact]
    public void A_copy_that_renders_outside_stops_the_release_before_any_copy_and_so_does_the_dry_run()
    {
        using var repo = TestRepository.Create("kubeopencode");
        using var origin = RemoteRepository.For(repo);
        repo.Git("tag", "-a", "-m", "Release v0.1.0", "v0.1.0");
        repo.Git("push", "-q", "origin", "v0.1.0");
        repo.Write("slipway.yaml", repo.Read("slipway.yaml")
            + "copies:\n  - from: docs\n    to: docs-v{version}\n  - from: docs\n    to: '{owner}{repo}/tmp/slipway-containment-v{version}'\n");
        repo.Commit("chore: copies");
        repo.Git("push", "-q", "origin", "main");
        var target = Outside("slipway-containment-v0.2.0");
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        var message = $"copies[1].to is '{target}' for this release: it is an absolute path; nothing was written [SW212]";
        Tool.Run(repo.Path, "release", "0.2.0", "--dry-run").ShouldExit(2).Error.ShouldContain(message);

        var result = Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldExit(2);
        result.Error.ShouldContain(message);
        result.Out.ShouldContain("✗ copies: copies[1].to is");
        Directory.Exists(target).ShouldBeFalse();
        Directory.Exists(repo.File("docs-v0.2.0")).ShouldBeFalse(); // the first copy was not made either
    }
}

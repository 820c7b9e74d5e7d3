using System.Text;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;

namespace Slipway.Core.Tests.Files;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AtomicFileWriterTests
{
    private static FileEdit Edit(TempDirectory dir, string path, string newText)
    {
        var old = File.ReadAllText(Path.Combine(dir.Path, path));
        return new FileEdit(path, Encoding.UTF8.GetBytes(old), Encoding.UTF8.GetBytes(newText), old, newText);
    }

    private static TempDirectory Repository()
    {
        var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, ".git"));
        return dir;
    }

    private static AtomicFileWriter Writer(TempDirectory dir) => new(dir.Path, Path.Combine(dir.Path, ".git/slipway"));

    private static string[] FilesOf(TempDirectory dir) => Directory.EnumerateFiles(dir.Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
        .Select(f => Path.GetRelativePath(dir.Path, f)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Writes_every_file_and_leaves_nothing_behind()
    {
        using var dir = Repository();
        dir.Write("a.txt", "1");
        dir.Write("sub/b.txt", "1");
        File.SetUnixFileMode(Path.Combine(dir.Path, "a.txt"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Writer(dir).Write([Edit(dir, "a.txt", "2"), Edit(dir, "sub/b.txt", "2")]);

        File.ReadAllText(Path.Combine(dir.Path, "a.txt")).ShouldBe("2");
        File.ReadAllText(Path.Combine(dir.Path, "sub/b.txt")).ShouldBe("2");
        File.GetUnixFileMode(Path.Combine(dir.Path, "a.txt")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        FilesOf(dir).ShouldBe(["a.txt", "sub/b.txt"]);
    }

    [Fact]
    public void Creates_new_files_and_their_directories()
    {
        using var dir = Repository();
        Writer(dir).Write([new FileWrite("changelogs/v1/CHANGELOG.md", null, "notes"u8.ToArray())]);

        File.ReadAllText(Path.Combine(dir.Path, "changelogs/v1/CHANGELOG.md")).ShouldBe("notes");
        FilesOf(dir).ShouldBe(["changelogs/v1/CHANGELOG.md"]);
    }

    [Fact]
    public void Restores_every_file_when_a_later_write_fails()
    {
        using var dir = Repository();
        dir.Write("a.txt", "1");
        dir.Write("b.txt", "1");
        var edits = new[] { Edit(dir, "a.txt", "2"), Edit(dir, "b.txt", "2") };
        // A directory where b's temporary file must go makes the second write fail after the first succeeded.
        Directory.CreateDirectory(Path.Combine(dir.Path, ".b.txt.slipway-new"));

        var error = Should.Throw<SlipwayException>(() => Writer(dir).Write(edits));
        error.Kind.ShouldBe(Errors.WriteFailed);
        File.ReadAllText(Path.Combine(dir.Path, "a.txt")).ShouldBe("1");
        File.ReadAllText(Path.Combine(dir.Path, "b.txt")).ShouldBe("1");
        FilesOf(dir).ShouldBe(["a.txt", "b.txt"]);
    }

    [Fact]
    public void Refuses_to_write_over_a_file_that_changed_since_it_was_read()
    {
        using var dir = Repository();
        dir.Write("a.txt", "1");
        var edit = Edit(dir, "a.txt", "2");
        dir.Write("a.txt", "changed by someone else");
        Should.Throw<SlipwayException>(() => Writer(dir).Write([edit])).Message.ShouldContain("a.txt changed while Slipway was running");
        File.ReadAllText(Path.Combine(dir.Path, "a.txt")).ShouldBe("changed by someone else");
    }

    [Fact]
    public void Refuses_to_create_a_file_that_appeared_since_the_plan()
    {
        using var dir = Repository();
        dir.Write("new.md", "someone's");
        Should.Throw<SlipwayException>(() => Writer(dir).Write([new FileWrite("new.md", null, "ours"u8.ToArray())])).Kind.ShouldBe(Errors.WriteFailed);
        File.ReadAllText(Path.Combine(dir.Path, "new.md")).ShouldBe("someone's");
    }

    [Fact]
    public void Writes_through_a_link_that_stays_inside_and_keeps_the_link()
    {
        using var dir = Repository();
        dir.Write("real/VERSION", "1");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "link.txt"), "real/VERSION");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "linkdir"), "real");

        Writer(dir).Write([Edit(dir, "link.txt", "2")]);
        Writer(dir).Write([Edit(dir, "linkdir/VERSION", "3")]);

        new FileInfo(Path.Combine(dir.Path, "link.txt")).LinkTarget.ShouldBe("real/VERSION");
        new FileInfo(Path.Combine(dir.Path, "linkdir")).LinkTarget.ShouldBe("real");
        File.ReadAllText(Path.Combine(dir.Path, "real/VERSION")).ShouldBe("3");
        FilesOf(dir).ShouldBe(["real/VERSION"]); // and the two links, still links
    }

    [Theory]
    [InlineData("link.txt", "../outside.txt", "link.txt", "SW321")]
    [InlineData("linkdir", "../outdir", "linkdir/V", "SW321")]
    [InlineData("link.txt", ".git/HEAD", "link.txt", "SW322")]
    [InlineData("linkdir", ".git", "linkdir/HEAD", "SW322")]
    public void Refuses_a_link_that_leads_outside_the_work_tree_or_into_git(string link, string target, string path, string code)
    {
        using var outer = new TempDirectory();
        var repo = Path.Combine(outer.Path, "repo");
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        outer.Write("outside.txt", "1");
        outer.Write("outdir/V", "1");
        outer.Write("repo/.git/HEAD", "1");
        if (target.Contains("dir", StringComparison.Ordinal) || target == ".git")
        {
            Directory.CreateSymbolicLink(Path.Combine(repo, link), target);
        }
        else
        {
            File.CreateSymbolicLink(Path.Combine(repo, link), target);
        }

        var write = new FileWrite(path, "1"u8.ToArray(), "2"u8.ToArray());
        var error = Should.Throw<SlipwayException>(() => new AtomicFileWriter(repo, Path.Combine(repo, ".git/slipway")).Write([write]));

        error.Kind.Code.ShouldBe(code);
        error.Message.ShouldContain($"{path} leads to");
        File.ReadAllText(Path.Combine(outer.Path, "outside.txt")).ShouldBe("1");
        File.ReadAllText(Path.Combine(outer.Path, "outdir/V")).ShouldBe("1");
        File.ReadAllText(Path.Combine(repo, ".git/HEAD")).ShouldBe("1");
        new FileInfo(Path.Combine(repo, link)).LinkTarget.ShouldBe(target);
    }

    [Fact]
    public void Refuses_a_link_and_its_target_named_as_two_files()
    {
        using var dir = Repository();
        dir.Write("real.txt", "1");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "link.txt"), "real.txt");

        Should.Throw<SlipwayException>(() => Writer(dir).Write([Edit(dir, "real.txt", "2"), Edit(dir, "link.txt", "3")]))
            .Message.ShouldContain("real.txt and link.txt are the same file");
        File.ReadAllText(Path.Combine(dir.Path, "real.txt")).ShouldBe("1");
    }
}

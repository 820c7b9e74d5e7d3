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

    [Fact]
    public void Writes_every_file_and_leaves_nothing_behind()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", "1");
        dir.Write("sub/b.txt", "1");
        File.SetUnixFileMode(Path.Combine(dir.Path, "a.txt"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var state = Path.Combine(dir.Path, ".state");
        new AtomicFileWriter(dir.Path, state).Write([Edit(dir, "a.txt", "2"), Edit(dir, "sub/b.txt", "2")]);

        File.ReadAllText(Path.Combine(dir.Path, "a.txt")).ShouldBe("2");
        File.ReadAllText(Path.Combine(dir.Path, "sub/b.txt")).ShouldBe("2");
        File.GetUnixFileMode(Path.Combine(dir.Path, "a.txt")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.EnumerateFiles(dir.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir.Path, f)).Order()
            .ShouldBe(["a.txt", "sub/b.txt"]);
    }

    [Fact]
    public void Restores_every_file_when_a_later_write_fails()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", "1");
        dir.Write("b.txt", "1");
        var edits = new[] { Edit(dir, "a.txt", "2"), Edit(dir, "b.txt", "2") };
        // A directory where b's temporary file must go makes the second write fail after the first succeeded.
        Directory.CreateDirectory(Path.Combine(dir.Path, ".b.txt.slipway-new"));

        var error = Should.Throw<SlipwayException>(() => new AtomicFileWriter(dir.Path, Path.Combine(dir.Path, ".state")).Write(edits));
        error.Kind.ShouldBe(Errors.WriteFailed);
        File.ReadAllText(Path.Combine(dir.Path, "a.txt")).ShouldBe("1");
        File.ReadAllText(Path.Combine(dir.Path, "b.txt")).ShouldBe("1");
        File.Exists(Path.Combine(dir.Path, ".a.txt.slipway-new")).ShouldBeFalse();
    }

    [Fact]
    public void Refuses_to_write_over_a_file_that_changed_since_it_was_read()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", "1");
        var edit = Edit(dir, "a.txt", "2");
        dir.Write("a.txt", "changed by someone else");
        Should.Throw<SlipwayException>(() => new AtomicFileWriter(dir.Path, Path.Combine(dir.Path, ".state")).Write([edit]))
            .Message.ShouldContain("a.txt changed while Slipway was running");
        File.ReadAllText(Path.Combine(dir.Path, "a.txt")).ShouldBe("changed by someone else");
    }

    [Fact]
    public void Recovers_a_write_that_a_killed_process_left_half_done()
    {
        using var dir = new TempDirectory();
        var state = Path.Combine(dir.Path, ".state");
        dir.Write("a.txt", "2"); // already renamed into place when the process died
        dir.Write("b.txt", "1");
        dir.Write(".state/backup/0", "1");
        dir.Write(".state/backup/1", "1");
        dir.Write(".b.txt.slipway-new", "2");
        var temp = (string name) => Path.Combine(dir.Path, name);
        dir.Write(".state/write-intent.json",
            $$"""[{"Path":"a.txt","Temp":"{{temp(".a.txt.slipway-new")}}","Backup":"{{temp(".state/backup/0")}}"},{"Path":"b.txt","Temp":"{{temp(".b.txt.slipway-new")}}","Backup":"{{temp(".state/backup/1")}}"}]""");

        var restored = new AtomicFileWriter(dir.Path, state).Recover();

        restored.ShouldBe(["a.txt", "b.txt"]);
        File.ReadAllText(temp("a.txt")).ShouldBe("1");
        File.ReadAllText(temp("b.txt")).ShouldBe("1");
        File.Exists(temp(".b.txt.slipway-new")).ShouldBeFalse();
        File.Exists(Path.Combine(state, "write-intent.json")).ShouldBeFalse();
        new AtomicFileWriter(dir.Path, state).Recover().ShouldBeEmpty();
    }
}

using System.Text;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;

namespace Slipway.Core.Tests.Files;

/// <summary>
/// What a killed write leaves, laid out by hand for each phase of its intent record, and what the
/// next command makes of it: roll back before the commit, finish after it, touch nothing edited since.
/// </summary>
public sealed class WriteRecoveryTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly IntentStore _store;
    private readonly WorkTree _tree;

    public WriteRecoveryTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, ".git"));
        _store = new IntentStore(Path.Combine(_dir.Path, ".git/slipway"));
        _tree = WorkTree.Containing(_dir.Path);
    }

    public void Dispose() => _dir.Dispose();

    private static IntendedFile Entry(string path, int backup, string? original, string written) => new(
        path, Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.slipway-new"), original is null ? null : backup.ToString(System.Globalization.CultureInfo.InvariantCulture),
        original is null ? null : WriteIntent.Digest(Encoding.UTF8.GetBytes(original)), WriteIntent.Digest(Encoding.UTF8.GetBytes(written)));

    /// <summary>Three files of a write from 1 to 2: a and b renamed already, c still waiting in its temporary file.</summary>
    private void KilledWhile(WritePhase phase)
    {
        _dir.Write("a.txt", "2");
        _dir.Write("b.txt", "2");
        _dir.Write("c.txt", "1");
        _dir.Write(".c.txt.slipway-new", "2");
        Directory.CreateDirectory(_store.BackupDirectory);
        foreach (var i in new[] { 0, 1, 2 })
        {
            File.WriteAllText(_store.BackupPath(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), "1");
        }

        _store.Save(new WriteIntent(WriteIntent.CurrentFormat, phase, "bump", [], [Entry("a.txt", 0, "1", "2"), Entry("b.txt", 1, "1", "2"), Entry("c.txt", 2, "1", "2")]));
    }

    private string Read(string path) => File.ReadAllText(Path.Combine(_dir.Path, path));

    private string[] WorkTreeFiles() => Directory.EnumerateFiles(_dir.Path, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(_dir.Path, f)).Where(f => !f.StartsWith(".git/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_write_killed_while_replacing_is_rolled_back()
    {
        KilledWhile(WritePhase.Replacing);

        var report = WriteRecovery.Settle(_tree, _store)!;

        report.Phase.ShouldBe(WritePhase.Replacing);
        report.Files.ShouldBe(["a.txt", "b.txt"]);
        (Read("a.txt"), Read("b.txt"), Read("c.txt")).ShouldBe(("1", "1", "1"));
        WorkTreeFiles().ShouldBe(["a.txt", "b.txt", "c.txt"]);
        _store.Exists.ShouldBeFalse();
        Directory.Exists(_store.BackupDirectory).ShouldBeFalse();
        WriteRecovery.Settle(_tree, _store).ShouldBeNull();
    }

    [Fact]
    public void A_committed_write_is_finished_even_when_its_cleanup_was_cut_short()
    {
        // Every file renamed, the record says so, and the cleanup died after removing one backup.
        KilledWhile(WritePhase.Committed);
        _dir.Write("c.txt", "2");
        File.Delete(Path.Combine(_dir.Path, ".c.txt.slipway-new"));
        File.Delete(_store.BackupPath("0"));

        var report = WriteRecovery.Settle(_tree, _store)!;

        report.Phase.ShouldBe(WritePhase.Committed);
        (Read("a.txt"), Read("b.txt"), Read("c.txt")).ShouldBe(("2", "2", "2"));
        WorkTreeFiles().ShouldBe(["a.txt", "b.txt", "c.txt"]);
        _store.Exists.ShouldBeFalse();
        Directory.Exists(_store.BackupDirectory).ShouldBeFalse();
    }

    [Fact]
    public void A_write_killed_while_preparing_only_loses_its_temporary_files()
    {
        KilledWhile(WritePhase.Preparing);
        _dir.Write("a.txt", "1");
        _dir.Write("b.txt", "edited by hand after the kill");

        var report = WriteRecovery.Settle(_tree, _store)!;

        report.TemporariesRemoved.ShouldBe(1);
        (Read("a.txt"), Read("b.txt"), Read("c.txt")).ShouldBe(("1", "edited by hand after the kill", "1"));
        WorkTreeFiles().ShouldBe(["a.txt", "b.txt", "c.txt"]);
        _store.Exists.ShouldBeFalse();
    }

    [Fact]
    public void A_file_edited_after_the_kill_stops_the_recovery_and_nothing_is_changed()
    {
        KilledWhile(WritePhase.Replacing);
        _dir.Write("b.txt", "2 and a hand edit");
        var before = Snapshot();

        var error = Should.Throw<SlipwayException>(() => WriteRecovery.Settle(_tree, _store));

        error.Kind.ShouldBe(Errors.InterruptedWriteUnsafe);
        error.Details.ShouldBe(["b.txt: it holds neither its bytes before the write nor the bytes Slipway wrote (edited since?)"]);
        error.Hint!.ShouldContain(_store.BackupDirectory);
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public void A_deleted_file_or_a_damaged_backup_stops_the_recovery()
    {
        KilledWhile(WritePhase.Replacing);
        File.Delete(Path.Combine(_dir.Path, "a.txt"));
        File.WriteAllText(_store.BackupPath("1"), "garbage");

        var error = Should.Throw<SlipwayException>(() => WriteRecovery.Settle(_tree, _store));

        error.Details.ShouldBe(["a.txt: it was deleted", $"b.txt: its backup {_store.BackupPath("1")} is missing or damaged"]);
        Read("b.txt").ShouldBe("2");
    }

    [Fact]
    public void Created_files_and_directories_are_removed_again_when_the_write_is_rolled_back()
    {
        _dir.Write("notes/v2/CHANGELOG.md", "new notes");
        _store.Save(new WriteIntent(WriteIntent.CurrentFormat, WritePhase.Replacing, "notes", ["notes", "notes/v2"], [Entry("notes/v2/CHANGELOG.md", 0, null, "new notes")]));

        WriteRecovery.Settle(_tree, _store)!.Files.ShouldBe(["notes/v2/CHANGELOG.md"]);

        Directory.Exists(Path.Combine(_dir.Path, "notes")).ShouldBeFalse();
    }

    [Fact]
    public void A_first_record_killed_before_its_rename_is_removed()
    {
        // Found by the release kill sweep: the kill came between writing intent.json.tmp and renaming it.
        Directory.CreateDirectory(_store.Directory);
        File.WriteAllText(_store.RecordPath + ".tmp", "{\"format\": \"slipway-wr");
        _store.Exists.ShouldBeTrue();

        WriteRecovery.Settle(_tree, _store).ShouldBeNull();

        _store.Exists.ShouldBeFalse();
        Directory.EnumerateFileSystemEntries(_store.Directory).ShouldBeEmpty();
    }

    [Fact]
    public void A_damaged_record_is_reported_and_left_alone()
    {
        Directory.CreateDirectory(_store.Directory);
        File.WriteAllText(_store.RecordPath, "[{\"Path\":\"a.txt\"}]");

        Should.Throw<SlipwayException>(() => WriteRecovery.Settle(_tree, _store)).Kind.ShouldBe(Errors.InterruptedWriteUnsafe);
        _store.Exists.ShouldBeTrue();
    }

    private SortedDictionary<string, string> Snapshot() => new(Directory.EnumerateFiles(_dir.Path, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(_dir.Path, f), File.ReadAllText), StringComparer.Ordinal);
}

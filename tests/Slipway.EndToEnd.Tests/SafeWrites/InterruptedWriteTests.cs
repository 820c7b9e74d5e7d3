using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests.SafeWrites;

/// <summary>Issue 9, items 3, 4 and 6, each from the report's own input: what the next command makes of a killed bump.</summary>
public sealed class InterruptedWriteTests
{
    private static readonly Dictionary<string, string> CrashAfterSecondRename = new() { ["SLIPWAY_CRASH_AT"] = "write:after-rename" };

    [Fact]
    public void A_bump_killed_during_its_cleanup_is_finished_forward_not_half_restored()
    {
        // Item 3: strace -e inject=unlink:signal=SIGKILL:when=120 slipway bump 2.0.0 on 200 files;
        // every file was renamed to 2.0.0 when it died, and 83 were "restored" to 1.0.0.
        Assert.SkipWhen(SyscallKiller.Unavailable is not null, SyscallKiller.Unavailable ?? string.Empty);
        using var repo = ManyFiles.Create(200);

        SyscallKiller.RunKilledAt(repo.Path, ["bump", "2.0.0"], new KillPoint("unlink", 120, "a backup's removal")).ShouldExit(137);
        var show = Tool.Run(repo.Path, "show").ShouldSucceed();

        show.Error.ShouldContain("an earlier write was interrupted after every file was written; it was finished (200 file(s) hold what it wrote)");
        ManyFiles.Versions(repo).ShouldBe(new Dictionary<string, int> { ["version = 2.0.0"] = 200 });
        ManyFiles.WriteState(repo).ShouldBeEmpty();
        repo.Git("status", "--porcelain", "--untracked-files=all").Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldAllBe(line => line.StartsWith(" M versions/", StringComparison.Ordinal));
    }

    [Fact]
    public void Recovery_never_overwrites_an_edit_made_after_the_kill()
    {
        // Item 4: SLIPWAY_CRASH_AT=write:after-rename slipway bump 0.3.0, then a hand edit of a file
        // the bump had already written; 'show' used to "restore" it and the edit was lost.
        using var repo = TestRepository.Create("kubeopencode");
        Tool.RunProcess(repo.Path, ["bump", "0.3.0"], CrashAfterSecondRename).ShouldExit(137);
        var written = repo.Git("diff", "--name-only").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        written.Length.ShouldBe(2);
        repo.Write(written[0], repo.Read(written[0]) + "# a hand edit after the kill\n");
        var before = repo.Snapshot();

        var show = Tool.Run(repo.Path, "show");
        var bump = Tool.Run(repo.Path, "bump", "0.4.0").ShouldExit(3);

        show.Error.ShouldContain("[SW320]");
        bump.Error.ShouldContain("an earlier Slipway write was interrupted, and 1 of its file(s) changed since");
        bump.Error.ShouldContain($"{written[0]}: it holds neither its bytes before the write nor the bytes Slipway wrote (edited since?)");
        bump.Error.ShouldContain("then remove ");
        repo.Snapshot().ShouldBe(before);
        repo.Read(written[0]).ShouldContain("# a hand edit after the kill");

        // Doing what the hint says settles it: the person decides, and Slipway goes on.
        repo.Git("checkout", "--", ".");
        repo.Git("clean", "-fdq");
        Directory.Delete(repo.File(".git/slipway/write"), recursive: true);
        Tool.Run(repo.Path, "bump", "0.4.0").ShouldSucceed();
    }

    [Fact]
    public void Temporary_files_never_outlive_a_kill()
    {
        // Item 6: *.slipway-new files stayed in the work tree after a kill, until the next successful bump.
        using var repo = TestRepository.Create("kubeopencode");
        Tool.RunProcess(repo.Path, ["bump", "0.3.0"], new Dictionary<string, string> { ["SLIPWAY_CRASH_AT"] = "write:prepared" }).ShouldExit(137);
        repo.Git("status", "--porcelain", "--untracked-files=all").ShouldContain(".slipway-new");

        Tool.Run(repo.Path, "show").ShouldSucceed().Error.ShouldContain("its 5 temporary file(s) were removed");

        repo.Git("status", "--porcelain", "--ignored", "--untracked-files=all").ShouldBeEmpty();
        ManyFiles.WriteState(repo).ShouldBeEmpty();
    }

    [Fact]
    public void A_reading_command_leaves_a_write_alone_while_its_writer_holds_the_lock()
    {
        using var repo = TestRepository.Create("kubeopencode");
        Tool.RunProcess(repo.Path, ["bump", "0.3.0"], CrashAfterSecondRename).ShouldExit(137);
        var halfWritten = repo.Snapshot();

        using (new LockHolder(repo))
        {
            Tool.Run(repo.Path, "show").Error.ShouldContain("what this command reads may change under it");
            repo.Snapshot().ShouldBe(halfWritten);
            ManyFiles.WriteState(repo).ShouldNotBeEmpty();
        }

        Tool.Run(repo.Path, "show").ShouldSucceed().Error.ShouldContain("2 file(s) were restored to their state before it");
        repo.Git("status", "--porcelain", "--ignored", "--untracked-files=all").ShouldBeEmpty();
    }
}

using System.Diagnostics;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests.SafeWrites;

/// <summary>
/// Issue 9, item 5: one repository-wide lock for every command that writes. Two bumps at once on 200
/// files used to leave 37 files at one version and 163 at the other.
/// </summary>
public sealed class WriteLockTests(ITestOutputHelper output)
{
    private const string ReleaseConfig = "notes:\n  file: changelogs/CHANGELOG-v{version}.md\n";

    public static TheoryData<string[]> WritingCommands() => new(
        ["bump", "2.0.0"],
        ["notes", "--write"],
        ["notes", "--output", "NOTES.md"],
        ["init", "--force", "--config", "other.yaml"],
        ["tag", "--commit", "HEAD"],
        ["done", "some-step"],
        ["publish", "--version", "1.0.0"],
        ["release", "2.0.0", "--yes"]);

    [Theory]
    [MemberData(nameof(WritingCommands))]
    public void Every_writing_command_fails_at_once_while_another_holds_the_lock(string[] command)
    {
        using var repo = ManyFiles.Create(3, extraConfig: ReleaseConfig);
        var before = repo.Snapshot();
        var tags = repo.Git("tag");

        using (new LockHolder(repo))
        {
            var result = Tool.Run(repo.Path, command).ShouldExit(3);
            result.Error.ShouldContain("another Slipway command is writing in this repository");
            result.Error.ShouldContain("[SW319]");
        }

        repo.Snapshot().ShouldBe(before);
        repo.Git("tag").ShouldBe(tags);
    }

    [Fact]
    public void Reading_commands_never_wait_for_the_lock()
    {
        using var repo = ManyFiles.Create(3);
        using var holder = new LockHolder(repo);

        Tool.Run(repo.Path, "show").ShouldSucceed();
        Tool.Run(repo.Path, "bump", "2.0.0", "--dry-run").ShouldSucceed();
        Tool.Run(repo.Path, "notes").ShouldSucceed();
        var outside = Path.Combine(Path.GetTempPath(), $"slipway-notes-{Guid.NewGuid():N}.md");
        Tool.Run(repo.Path, "notes", "--output", outside).ShouldSucceed();
        File.Delete(outside);
    }

    [Fact]
    public async Task Twenty_writing_commands_at_once_end_at_one_version_and_each_succeeds_or_fails_with_the_lock_code()
    {
        using var repo = ManyFiles.Create(200, extraConfig: ReleaseConfig);
        using var origin = RemoteRepository.For(repo);

        // The release first, so that it can find the clean tree it needs; the other nineteen start
        // together while it runs, and after it.
        var release = Task.Run(() => Tool.RunProcess(repo.Path, ["release", "1.1.0", "--yes"]));
        var owner = repo.File(".git/slipway/lock.owner");
        SpinWait.SpinUntil(() => release.IsCompleted || (File.Exists(owner) && SafeRead(owner).Contains("slipway release", StringComparison.Ordinal)), TimeSpan.FromSeconds(60));
        string[][] others =
        [
            .. Enumerable.Range(0, 15).Select(i => new[] { "bump", $"3.{i}.0" }),
            ["notes", "--write"], ["notes", "--write"], ["notes", "--output", "NOTES.md"], ["init", "--force", "--config", "other.yaml"],
        ];
        var clock = Stopwatch.StartNew();
        var runs = others.Select(args => Task.Run(() => (Args: args, Result: Tool.RunProcess(repo.Path, args)))).ToList();
        var results = (await Task.WhenAll(runs)).Prepend((Args: new[] { "release", "1.1.0", "--yes" }, Result: await release)).ToList();

        foreach (var (args, result) in results)
        {
            (result.ExitCode == 0 || (result.ExitCode == 3 && result.Error.Contains("[SW319]", StringComparison.Ordinal))).ShouldBeTrue($"slipway {string.Join(' ', args)}: {result}");
        }

        var versions = ManyFiles.Versions(repo);
        output.WriteLine($"{results.Count(r => r.Result.ExitCode == 0)} of {results.Count} succeeded, the others failed with SW319, in {clock.Elapsed.TotalSeconds:F1} s; the files hold {string.Join(", ", versions.Keys)}");
        versions.Count.ShouldBe(1);
        versions.Values.Single().ShouldBe(200);
        results[0].Result.ShouldSucceed().Out.ShouldContain("Waiting at pull-request");
        repo.Git("status", "--porcelain", "--untracked-files=all").ShouldNotContain(".slipway-new");
        ManyFiles.WriteState(repo).ShouldBeEmpty();
    }

    private static string SafeRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}

using System.Diagnostics;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// Issue 9's injection and silent-failure cases, from the same inputs: configuration values that
/// git would read as options are refused before anything runs; a commit that git refuses before it
/// reads its message is a failed step with git's words, never exit 0; and only Slipway's own closed
/// standard output (slipway notes | head) ends a command quietly.
/// </summary>
public sealed class GitSafetyTests
{
    private static (TestRepository Repo, RemoteRepository Origin) Start()
    {
        var repo = TestRepository.Create("kubeopencode");
        return (repo, RemoteRepository.For(repo));
    }

    [Theory]
    [InlineData("remote: '--upload-pack=touch pwned'\n", "remote must be the name of a git remote, found '--upload-pack=touch pwned': it begins with '-', so git would read it as an option")]
    [InlineData("tag: '-d{version}'\n", "tag must be a git tag name, found '-d{version}': for version 1.2.3 it is '-d1.2.3': it begins with '-'")]
    [InlineData("branch: '--delete'\n", "branch must be a git branch name, found '--delete': it begins with '-'")]
    public void Values_git_would_read_as_options_stop_the_release_before_anything_runs(string setting, string message)
    {
        var (repo, origin) = Start();
        using var _ = repo;
        using var __ = origin;
        repo.Git("tag", "-a", "-m", "Release v0.1.0", "v0.1.0");
        // The setting takes the place of the example's own line for the key, if it has one.
        var key = setting[..(setting.IndexOf(':', StringComparison.Ordinal) + 1)];
        var lines = repo.Read("slipway.yaml").Split('\n').Where(line => !line.StartsWith(key, StringComparison.Ordinal));
        repo.Write("slipway.yaml", string.Join('\n', lines) + setting);
        repo.Commit("chore: a hostile setting");
        repo.Git("push", "-q", "origin", "main");
        var refs = repo.Git("for-each-ref");

        var result = Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldExit(2);
        result.Error.ShouldContain(message);
        File.Exists(repo.File("pwned")).ShouldBeFalse();
        File.Exists(Path.Combine(origin.Path, "pwned")).ShouldBeFalse();
        repo.Git("for-each-ref").ShouldBe(refs);
        Directory.Exists(repo.File(".git/slipway/releases")).ShouldBeFalse();
    }

    [Theory]
    [InlineData(200)]
    [InlineData(70_000)]
    public void A_commit_refused_by_a_pre_commit_hook_fails_the_release_with_the_hooks_words(int messageSize)
    {
        var (repo, origin) = Start();
        using var _ = repo;
        using var __ = origin;
        var body = string.Concat(Enumerable.Repeat("    " + new string('x', 96) + "\n", messageSize / 100));
        repo.Write("slipway.yaml", repo.Read("slipway.yaml") + "commit:\n  message: |\n    chore: release {version}\n\n" + body);
        repo.Commit("chore: a long commit message");
        repo.Git("push", "-q", "origin", "main");
        repo.Write(".git/hooks/pre-commit", "#!/bin/sh\necho 'pre-commit: lint failed' >&2\nexit 1\n");
        Process.Start("chmod", ["+x", repo.File(".git/hooks/pre-commit")])!.WaitForExit();

        var result = Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldExit(3);
        // Only the release's files are committed, named as literal pathspecs.
        result.Out.ShouldContain("✗ commit: git commit --quiet --file=- --signoff --only -- :(literal)");
        result.Out.ShouldContain(" failed (exit 1): pre-commit: lint failed");
        result.Error.ShouldContain("pre-commit: lint failed");
        result.Error.ShouldContain("[SW305]");
        var status = Tool.Run(repo.Path, "status").Out;
        status.ShouldMatch(@"commit\s+failed");
        status.ShouldNotContain("running");
    }

    [Fact]
    public void A_reader_that_closes_standard_output_ends_the_command_quietly()
    {
        using var repo = TestRepository.Create();
        repo.Write("VERSION", "1.0.0\n");
        repo.Write("slipway.yaml", "versions:\n  - file: VERSION\n    whole: true\n");
        repo.Write("highlights.md", string.Concat(Enumerable.Repeat("A highlight that takes some room on a line.\n", 20_000)));
        repo.Commit("feat: first");

        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = repo.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "slipway.dll"), "notes", "--highlights", "highlights.md"])
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        process.StandardOutput.Close(); // as 'head' does: the notes (about 900 KB) meet a closed pipe
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, error);
        error.ShouldNotContain("error");
    }
}

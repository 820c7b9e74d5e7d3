using Slipway.Core.Diagnostics;
using Slipway.Core.Git;

namespace Slipway.Core.Tests.Git;

/// <summary>
/// git that stops before it reads its standard input (a pre-commit hook that fails, with a message
/// larger than the pipe holds) leaves Slipway a broken pipe. That is git's failure, reported with its
/// exit code and its own words; it once escaped as an IOException that ended the release with exit 0.
/// </summary>
public sealed class GitStandardInputTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly GitRunner _git;

    public GitStandardInputTests()
    {
        _git = new GitRunner(_directory.Path);
        foreach (var command in new[] { "init -q -b main", "config user.name T", "config user.email t@example.com" })
        {
            _git.Check(command.Split(' '));
        }

        _directory.Write("VERSION", "0.1.0\n");
        _directory.Write(".git/hooks/pre-commit", "#!/bin/sh\necho 'pre-commit: lint failed' >&2\nexit 1\n");
        System.Diagnostics.Process.Start("chmod", ["+x", Path.Combine(_directory.Path, ".git/hooks/pre-commit")])!.WaitForExit();
        _git.Check("add", "VERSION");
    }

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(100)]
    [InlineData(64 * 1024)]
    [InlineData(1024 * 1024)]
    public void A_commit_refused_by_its_hook_fails_whatever_the_size_of_the_message(int size)
    {
        var message = "chore: release\n\n" + new string('x', size) + "\n";
        var error = Should.Throw<SlipwayException>(() => new GitWriter(_git).Commit(message, signoff: false));
        error.Kind.ShouldBe(Errors.GitFailed);
        error.Message.ShouldStartWith("git commit --quiet --file=- failed (exit 1): pre-commit: lint failed");
        new GitReader(_git).Resolve("HEAD").ShouldBeNull();
    }

    [Fact]
    public void A_tag_git_refuses_before_reading_a_long_message_fails_with_gits_words()
    {
        File.Delete(Path.Combine(_directory.Path, ".git/hooks/pre-commit"));
        var writer = new GitWriter(_git);
        var commit = writer.Commit("initial\n", signoff: false);
        writer.Tag("v0.1.0", commit, "Release v0.1.0", sign: false);
        var error = Should.Throw<SlipwayException>(() => writer.Tag("v0.1.0", commit, new string('x', 1024 * 1024), sign: false));
        error.Kind.ShouldBe(Errors.GitFailed);
        error.Message.ShouldContain("fatal: tag 'v0.1.0' already exists");
    }

    [Fact]
    public void The_result_says_git_did_not_take_its_input()
    {
        var result = _git.Run(["commit", "--quiet", "--file=-"], new string('x', 1024 * 1024));
        result.ExitCode.ShouldBe(1);
        result.InputRefused.ShouldBeTrue();
        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldContain("pre-commit: lint failed");
    }

    [Fact]
    public void Outside_a_repository_git_failures_say_so()
    {
        using var outside = new TempDirectory();
        var error = Should.Throw<SlipwayException>(() => new GitReader(new GitRunner(outside.Path)).Tags());
        error.Kind.ShouldBe(Errors.NotARepository);
        Should.Throw<SlipwayException>(() => new GitWriter(new GitRunner(outside.Path)).Fetch("origin")).Kind.ShouldBe(Errors.NotARepository);
    }
}

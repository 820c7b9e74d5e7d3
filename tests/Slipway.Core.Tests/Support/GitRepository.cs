using System.Diagnostics;

namespace Slipway.Core.Tests;

/// <summary>A real git repository in a test's temporary directory, with a fixed identity and dates.</summary>
public sealed class GitRepository
{
    private static readonly Dictionary<string, string> Identity = new()
    {
        ["GIT_AUTHOR_NAME"] = "Test Author",
        ["GIT_AUTHOR_EMAIL"] = "author@example.com",
        ["GIT_COMMITTER_NAME"] = "Test Committer",
        ["GIT_COMMITTER_EMAIL"] = "committer@example.com",
        ["GIT_AUTHOR_DATE"] = "2026-01-01T12:00:00Z",
        ["GIT_COMMITTER_DATE"] = "2026-01-01T12:00:00Z",
    };

    private GitRepository(string path) => Path = path;

    public string Path { get; }

    public static GitRepository Init(string path)
    {
        Directory.CreateDirectory(path);
        var repository = new GitRepository(path);
        repository.Git("init", "-q", "-b", "main");
        return repository;
    }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public GitRepository Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public GitRepository Write(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(File(relative))!);
        System.IO.File.WriteAllBytes(File(relative), bytes);
        return this;
    }

    /// <summary>Commits everything and returns the commit's id.</summary>
    public string Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "--allow-empty", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Identity)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error.GetAwaiter().GetResult()}");
    }
}

using System.Diagnostics;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// A real git repository in a temporary directory, optionally laid out from one of the examples/
/// folders and committed, with fixed author, committer and dates so histories are reproducible.
/// </summary>
public sealed class TestRepository : IDisposable
{
    private TestRepository(string path) => Path = path;

    public string Path { get; }

    /// <summary>An empty directory, not yet a repository (a fixture's history.sh makes it one).</summary>
    public static TestRepository CreateEmpty()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "slipway-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return new TestRepository(path);
    }

    public static TestRepository Create(string? example = null)
    {
        var repository = CreateEmpty();
        repository.Git("init", "-q", "-b", "main");
        repository.Git("config", "user.name", "Release Manager");
        repository.Git("config", "user.email", "releases@example.com");
        if (example is not null)
        {
            CopyDirectory(RepositoryRoot.Examples(example), repository.Path);
            repository.Commit("initial import");
        }

        return repository;
    }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public string Read(string relative) => System.IO.File.ReadAllText(File(relative));

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(File(relative))!);
        System.IO.File.WriteAllText(File(relative), text);
    }

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "--allow-empty", "-m", message);
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
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error.GetAwaiter().GetResult()}");
        }

        return output;
    }

    /// <summary>
    /// A snapshot of every file (outside .git), to prove a failed command changed nothing. Latin-1 maps
    /// each byte to one character, so the comparison is exact and a difference prints readably.
    /// </summary>
    public SortedDictionary<string, string> Snapshot() => new(Directory
        .EnumerateFiles(Path, "*", SearchOption.AllDirectories)
        .Where(f => !f.Contains("/.git/", StringComparison.Ordinal))
        .ToDictionary(f => System.IO.Path.GetRelativePath(Path, f), f => System.Text.Encoding.Latin1.GetString(System.IO.File.ReadAllBytes(f))), StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Leave it for the OS to clean; a failed cleanup must not fail the test.
        }
    }

    private static readonly Dictionary<string, string> Identity = new()
    {
        ["GIT_AUTHOR_NAME"] = "Test Author",
        ["GIT_AUTHOR_EMAIL"] = "author@example.com",
        ["GIT_COMMITTER_NAME"] = "Test Committer",
        ["GIT_COMMITTER_EMAIL"] = "committer@example.com",
        ["GIT_AUTHOR_DATE"] = "2026-01-01T12:00:00Z",
        ["GIT_COMMITTER_DATE"] = "2026-01-01T12:00:00Z",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
    };

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
    }
}

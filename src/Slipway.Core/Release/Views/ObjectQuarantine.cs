using Slipway.Core.Git;

namespace Slipway.Core.Release.Views;

/// <summary>
/// A temporary object directory that sees the repository's objects (as an alternate) but receives
/// every object written through it, as git quarantines a push it has not accepted yet. A dry run
/// makes its commits, trees and tags here: every git question about them (history, trees, ancestry)
/// has its real answer, and nothing is left in the repository when the directory is deleted.
/// </summary>
public sealed class ObjectQuarantine : IDisposable
{
    private ObjectQuarantine(string directory, GitRunner git)
    {
        Directory = directory;
        Git = git;
    }

    /// <summary>The temporary directory: its objects/ and scratch index files.</summary>
    public string Directory { get; }

    /// <summary>git reading the repository's objects and the quarantine's, writing only to the quarantine.</summary>
    public GitRunner Git { get; }

    public static ObjectQuarantine Open(GitRunner repository)
    {
        var objects = repository.Check("rev-parse", "--path-format=absolute", "--git-path", "objects").Trim();
        var directory = Path.Combine(Path.GetTempPath(), "slipway-dry-run-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "objects"));
        var git = repository.With(new Dictionary<string, string>
        {
            ["GIT_OBJECT_DIRECTORY"] = Path.Combine(directory, "objects"),
            ["GIT_ALTERNATE_OBJECT_DIRECTORIES"] = objects,
        });
        return new ObjectQuarantine(directory, git);
    }

    /// <summary>git with its own index file in the quarantine (the real index is never touched).</summary>
    public GitRunner WithIndex(string name) => Git.With(new Dictionary<string, string> { ["GIT_INDEX_FILE"] = Path.Combine(Directory, name) });

    /// <summary>Stores <paramref name="bytes"/> as a blob, as 'git add' would store the file at <paramref name="repositoryPath"/> (its filters applied).</summary>
    public string WriteBlob(string repositoryPath, byte[] bytes)
    {
        var scratch = Path.Combine(Directory, "blob");
        File.WriteAllBytes(scratch, bytes);
        return Git.Check("hash-object", "-w", "--path=" + repositoryPath, scratch).Trim();
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary directory the system cleans; a failed cleanup must not fail the dry run.
        }
    }
}

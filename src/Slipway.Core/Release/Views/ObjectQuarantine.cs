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
    private readonly string _directory;

    public ObjectQuarantine(GitRunner repository)
    {
        _directory = Path.Combine(Path.GetTempPath(), "slipway-dry-run-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(_directory, "objects"));
        Objects = new GitObjects(repository).Quarantined(Path.Combine(_directory, "objects"));
    }

    /// <summary>The repository's objects and the quarantine's; new ones go to the quarantine.</summary>
    public GitObjects Objects { get; }

    /// <summary>git reading both, for history questions (the notes) about what the dry run made.</summary>
    public GitRunner Git => Objects.Runner;

    /// <summary>A scratch file in the quarantine: an index of its own, a file to store as a blob.</summary>
    public string Scratch(string name) => Path.Combine(_directory, name);

    /// <summary>Stores <paramref name="bytes"/> as the blob of <paramref name="repositoryPath"/>.</summary>
    public string WriteBlob(string repositoryPath, byte[] bytes)
    {
        var file = Scratch("blob");
        File.WriteAllBytes(file, bytes);
        return Objects.WriteBlob(repositoryPath, file);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary directory the system cleans; a failed cleanup must not fail the dry run.
        }
    }
}

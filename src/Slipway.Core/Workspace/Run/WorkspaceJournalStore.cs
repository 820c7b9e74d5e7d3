using System.Text.Json;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;

namespace Slipway.Core.Workspace.Run;

/// <summary>
/// The workspace journal, kept in every repository's state directory (<c>.git/slipway/workspace/</c>)
/// and written atomically to each. A kill between two of the writes leaves copies of different ages;
/// the newest is the journal.
/// </summary>
public sealed class WorkspaceJournalStore(LoadedWorkspace workspace)
{
    private const int MaxFileName = 120;

    private const int KeptOfLongName = 40;

    /// <summary>Where the copies are kept, one directory per repository (the workspace lock lives there too).</summary>
    public IEnumerable<string> Directories => workspace.Order.Select(m => Path.Combine(StateDirectory.For(m.Directory), "workspace"));

    public void Save(WorkspaceJournal journal)
    {
        journal.Updated = DateTimeOffset.UtcNow;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(journal, WorkspaceJson.Default.WorkspaceJournal);
        foreach (var directory in Directories)
        {
            Directory.CreateDirectory(directory);
            var path = PathFor(directory, journal.Name);
            var temp = path + ".tmp";
            Durability.WriteFlushed(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
    }

    /// <summary>The journal as JSON, as it is stored (what 'slipway status --json' shows of it).</summary>
    public static string Serialize(WorkspaceJournal journal) => JsonSerializer.Serialize(journal, WorkspaceJson.Default.WorkspaceJournal);

    /// <summary>The workspace journal's JSON contract, for the schema of what 'slipway status --json' prints in a workspace.</summary>
    public static System.Text.Json.Serialization.Metadata.JsonTypeInfo<WorkspaceJournal> Contract => WorkspaceJson.Default.WorkspaceJournal;

    /// <summary>Every workspace release these repositories know of, each as its newest copy, oldest first.</summary>
    public IReadOnlyList<WorkspaceJournal> All() => Directories
        .Where(Directory.Exists)
        .SelectMany(d => Directory.EnumerateFiles(d, "*.json"))
        .Select(Read)
        .GroupBy(j => j.Name, StringComparer.Ordinal)
        .Select(g => g.MaxBy(j => j.Updated)!)
        .OrderBy(j => j.Created)
        .ToList();

    /// <summary>The unfinished workspace release, if there is one.</summary>
    public WorkspaceJournal? InProgress() => All().LastOrDefault(j => !j.IsFinished);

    /// <summary>Moves the journal aside in every repository (an abort), keeping it for the record.</summary>
    public void Archive(WorkspaceJournal journal, string reason)
    {
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var path in Directories.Select(d => PathFor(d, journal.Name)).Where(File.Exists))
        {
            File.Move(path, Path.ChangeExtension(path, $".{reason}-{stamp}"), overwrite: true);
        }
    }

    // A file name stays well under the file systems' 255 bytes: the name of a release of many
    // repositories at versions of their own (one "NAME VERSION" each) can pass it, so a long one is cut
    // and told apart by a digest of the whole. The name itself is kept inside the file; shorter names
    // keep the file name they always had, so a journal saved by an older build is found again.
    private static string PathFor(string directory, string name)
    {
        var file = name.Replace('/', '%');
        if (System.Text.Encoding.UTF8.GetByteCount(file) > MaxFileName)
        {
            var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)));
            // Never half a character: a cut between a surrogate pair would leave a name no file system encodes.
            var kept = char.IsHighSurrogate(file[KeptOfLongName - 1]) ? KeptOfLongName - 1 : KeptOfLongName;
            file = file[..kept].TrimEnd(' ', ',') + "-" + digest[..16];
        }

        return Path.Combine(directory, file + ".json");
    }

    private static WorkspaceJournal Read(string path)
    {
        try
        {
            var journal = JsonSerializer.Deserialize(File.ReadAllBytes(path), WorkspaceJson.Default.WorkspaceJournal);
            if (journal is { Format: WorkspaceJournal.CurrentFormat })
            {
                return journal;
            }

            throw new JsonException($"its format is '{journal?.Format}', not {WorkspaceJournal.CurrentFormat}");
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            throw new SlipwayException(Errors.WorkspaceJournalUnreadable, $"the workspace journal {path} cannot be read: {e.Message}",
                "restore it from another repository of the workspace (each keeps a copy), or move it aside to give up the workspace release");
        }
    }
}

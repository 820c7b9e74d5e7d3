using System.Text.Json;
using System.Text.Json.Nodes;
using Slipway.Core.Diagnostics;
using Slipway.Core.Files;

namespace Slipway.Core.Release.Journal;

/// <summary>
/// Release journals under the state directory, one file per release, written atomically (a temporary
/// file renamed over the old one), so a killed process leaves either the old or the new journal, and at
/// most the temporary file beside it, which the next writing command removes.
/// Journals of older formats are upgraded as they are read and written back in the current one.
/// </summary>
public sealed class JournalStore(string stateDirectory) : IJournalStore
{
    private string Directory => Path.Combine(stateDirectory, "releases");

    private const string TemporarySuffix = ".tmp";

    public string PathFor(string tag) => Path.Combine(Directory, tag.Replace('/', '%') + ".json");

    public void Save(ReleaseJournal journal)
    {
        System.IO.Directory.CreateDirectory(Directory);
        journal.Updated = DateTimeOffset.UtcNow;
        var path = PathFor(journal.Tag);
        var temp = path + TemporarySuffix;
        Durability.WriteFlushed(temp, JsonSerializer.SerializeToUtf8Bytes(journal, JournalJson.Default.ReleaseJournal));
        File.Move(temp, path, overwrite: true);
        Durability.FlushDirectories([Directory]);
    }

    /// <summary>
    /// Removes the temporary files of saves a kill interrupted before their rename (found by the full
    /// release kill sweep: 'done' killed while saving the finished journal left one for good, since a
    /// finished release is never saved again). The journal beside it is whole, old or new, so the
    /// temporary file is never read. Only under the repository's lock, where no save can be running.
    /// </summary>
    public void DiscardInterruptedSaves()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return;
        }

        foreach (var temp in System.IO.Directory.EnumerateFiles(Directory, "*.json" + TemporarySuffix))
        {
            File.Delete(temp);
        }
    }

    /// <summary>The journal as JSON, as it is stored ('slipway status --json' prints it in the output's style).</summary>
    public static string Serialize(ReleaseJournal journal) => JsonSerializer.Serialize(journal, JournalJson.Default.ReleaseJournal);

    /// <summary>The journal's JSON contract, for the schema of what 'slipway status --json' prints.</summary>
    public static System.Text.Json.Serialization.Metadata.JsonTypeInfo<ReleaseJournal> Contract => JournalJson.Default.ReleaseJournal;

    public ReleaseJournal? Load(string tag) => File.Exists(PathFor(tag)) ? Read(PathFor(tag)) : null;

    /// <summary>Every journal, finished or not, oldest first (corrupt ones are reported, not skipped).</summary>
    public IReadOnlyList<ReleaseJournal> All() => System.IO.Directory.Exists(Directory)
        ? System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Read).OrderBy(j => j.Created).ThenBy(j => j.Tag, StringComparer.Ordinal).ToList()
        : [];

    /// <summary>Moves a journal aside (aborted, or refused at preflight), keeping it for the record.</summary>
    public void Archive(ReleaseJournal journal, string reason)
    {
        var path = PathFor(journal.Tag);
        if (File.Exists(path))
        {
            File.Move(path, Path.ChangeExtension(path, $".{reason}-{DateTimeOffset.UtcNow:yyyyMMddHHmmss}"), overwrite: true);
        }
    }

    private static ReleaseJournal Read(string path)
    {
        ReleaseJournal? journal;
        string? from;
        try
        {
            if (JsonNode.Parse(File.ReadAllText(path)) is not JsonObject node)
            {
                throw Unreadable(path, "it is not a JSON object");
            }

            if (!JournalMigration.TryUpgrade(node, out from))
            {
                throw Unreadable(path, $"its format is '{node["format"]}', not one this build reads ({string.Join(", ", JournalMigration.Readable)})");
            }

            journal = node.Deserialize(JournalJson.Default.ReleaseJournal);
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException or InvalidOperationException or FormatException)
        {
            throw Unreadable(path, $"it is not a valid journal ({e.Message})");
        }

        if (journal is null)
        {
            throw Unreadable(path, "it is empty");
        }

        journal.MigratedFrom = from;
        return journal;
    }

    private static SlipwayException Unreadable(string path, string why) => new(Errors.JournalUnreadable,
        $"the release journal {path} cannot be read: {why}",
        "if it is damaged, move it away (the release's branches and tags are in git); 'slipway status' then starts afresh");
}

/// <summary>Where the runner keeps a journal: the store on disk, or nowhere (a dry run).</summary>
public interface IJournalStore
{
    void Save(ReleaseJournal journal);
}

/// <summary>Keeps nothing: the journal of a dry run lives in memory only.</summary>
public sealed class UnsavedJournal : IJournalStore
{
    public static readonly UnsavedJournal Instance = new();

    public void Save(ReleaseJournal journal)
    {
    }
}

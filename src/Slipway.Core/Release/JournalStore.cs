using System.Text.Json;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Release;

/// <summary>
/// Release journals under the state directory, one file per release, written atomically (a temporary
/// file renamed over the old one), so a killed process leaves either the old or the new journal.
/// </summary>
public sealed class JournalStore(string stateDirectory)
{
    private string Directory => Path.Combine(stateDirectory, "releases");

    public string PathFor(string tag) => Path.Combine(Directory, tag.Replace('/', '%') + ".json");

    public void Save(ReleaseJournal journal)
    {
        System.IO.Directory.CreateDirectory(Directory);
        journal.Updated = DateTimeOffset.UtcNow;
        var path = PathFor(journal.Tag);
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, journal, JournalJson.Default.ReleaseJournal);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The journal as JSON, as it is stored (what 'slipway status --json' prints).</summary>
    public static string Serialize(ReleaseJournal journal) => JsonSerializer.Serialize(journal, JournalJson.Default.ReleaseJournal);

    public ReleaseJournal? Load(string tag) => File.Exists(PathFor(tag)) ? Read(PathFor(tag)) : null;

    /// <summary>Every journal, finished or not (corrupt ones are reported, not skipped).</summary>
    public IReadOnlyList<ReleaseJournal> All() => System.IO.Directory.Exists(Directory)
        ? System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal).Select(Read).ToList()
        : [];

    /// <summary>The release in progress: the only unfinished journal, or the one for <paramref name="tag"/>.</summary>
    public ReleaseJournal Current(string? tag)
    {
        if (tag is not null)
        {
            return Load(tag) ?? throw new SlipwayException(Errors.NoRelease, $"there is no release journal for {tag}", "start one with 'slipway release VERSION'");
        }

        var all = All();
        var open = all.Where(j => !j.IsFinished).ToList();
        return open.Count switch
        {
            1 => open[0],
            0 => throw NoneInProgress(all),
            _ => throw new SlipwayException(Errors.Usage, $"{open.Count} releases are in progress ({string.Join(", ", open.Select(j => j.Tag))}); name one with --version"),
        };
    }

    // A command killed just as it finished a release never printed so: say that it is finished,
    // rather than only suggest starting one.
    private static SlipwayException NoneInProgress(IReadOnlyList<ReleaseJournal> all) =>
        all.Where(j => j.IsFinished).MaxBy(j => j.Updated) is { } last
            ? new(Errors.NoRelease, $"no release is in progress: the last one, {last.Tag}, is finished", "start the next one with 'slipway release VERSION'")
            : new(Errors.NoRelease, "no release is in progress", "start one with 'slipway release VERSION'");

    /// <summary>Moves a journal aside (abort), keeping it for the record.</summary>
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
        try
        {
            journal = JsonSerializer.Deserialize(File.ReadAllText(path), JournalJson.Default.ReleaseJournal);
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            throw Unreadable(path, $"it is not a valid journal ({e.Message})");
        }

        if (journal is null || journal.Format != ReleaseJournal.CurrentFormat)
        {
            throw Unreadable(path, $"its format is '{journal?.Format}', not '{ReleaseJournal.CurrentFormat}'");
        }

        return journal;
    }

    private static SlipwayException Unreadable(string path, string why) => new(Errors.JournalUnreadable,
        $"the release journal {path} cannot be read: {why}",
        "if it is damaged, move it away (the release's branches and tags are in git); 'slipway status' then starts afresh");
}

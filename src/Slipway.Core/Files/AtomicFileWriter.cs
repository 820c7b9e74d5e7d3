using System.Text.Json;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Files;

/// <summary>
/// Writes a set of file edits all or nothing. Each new file is written beside its original and
/// renamed over it; the originals are backed up first and an intent record is kept in the state
/// directory, so a failure part-way restores every file, and a process killed part-way is rolled
/// back by <see cref="Recover"/> the next time Slipway runs.
/// </summary>
public sealed class AtomicFileWriter(string root, string stateDirectory)
{
    private const string IntentFileName = "write-intent.json";

    private string IntentPath => Path.Combine(stateDirectory, IntentFileName);

    private string BackupDirectory => Path.Combine(stateDirectory, "backup");

    /// <exception cref="SlipwayException">A file changed since it was read, is not writable, or a write failed (SW303); every file is as it was.</exception>
    public void Write(IReadOnlyList<FileEdit> edits)
    {
        if (edits.Count == 0)
        {
            return;
        }

        var entries = edits.Select((edit, i) => new IntentEntry(
            edit.Path,
            TempPathFor(edit.Path),
            Path.Combine(BackupDirectory, i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        CheckUnchangedAndWritable(edits);
        var renamed = 0;
        try
        {
            Directory.CreateDirectory(BackupDirectory);
            for (var i = 0; i < edits.Count; i++)
            {
                var original = Full(edits[i].Path);
                File.WriteAllBytes(entries[i].Temp, edits[i].NewBytes);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(entries[i].Temp, File.GetUnixFileMode(original));
                }

                File.Copy(original, entries[i].Backup, overwrite: true);
            }

            WriteIntent(entries);
            for (; renamed < edits.Count; renamed++)
            {
                File.Move(entries[renamed].Temp, Full(entries[renamed].Path), overwrite: true);
                CrashPoints.Hit(renamed == 0 ? "write:after-first-rename" : "write:after-rename");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Restore(entries, renamed);
            throw new SlipwayException(Errors.WriteFailed, $"writing the edits failed, and every file was restored: {e.Message}");
        }

        Cleanup(entries);
    }

    /// <summary>Rolls back a write that a killed process left half done; returns the files restored.</summary>
    public IReadOnlyList<string> Recover()
    {
        if (!File.Exists(IntentPath))
        {
            return [];
        }

        var entries = JsonSerializer.Deserialize(File.ReadAllText(IntentPath), IntentJson.Default.ListIntentEntry) ?? [];
        var restored = new List<string>();
        foreach (var entry in entries.Where(e => File.Exists(e.Backup)))
        {
            File.Move(entry.Backup, Full(entry.Path), overwrite: true);
            restored.Add(entry.Path);
        }

        Cleanup(entries);
        return restored;
    }

    private string Full(string relative) => Path.Combine(root, relative);

    private string TempPathFor(string relative)
    {
        var full = Full(relative);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.slipway-new");
    }

    private void CheckUnchangedAndWritable(IReadOnlyList<FileEdit> edits)
    {
        foreach (var edit in edits)
        {
            var full = Full(edit.Path);
            try
            {
                if (!File.ReadAllBytes(full).AsSpan().SequenceEqual(edit.OriginalBytes))
                {
                    throw new SlipwayException(Errors.WriteFailed, $"{edit.Path} changed while Slipway was running; no file was changed", "run the command again");
                }

                // Renaming over a read-only file would succeed; honour the file's own permission instead.
                using var probe = new FileStream(full, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new SlipwayException(Errors.WriteFailed, $"{edit.Path} is not writable ({e.Message}); no file was changed");
            }
        }
    }

    private void WriteIntent(List<IntentEntry> entries)
    {
        var temp = IntentPath + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(entries, IntentJson.Default.ListIntentEntry));
        File.Move(temp, IntentPath, overwrite: true);
    }

    private void Restore(List<IntentEntry> entries, int renamed)
    {
        for (var i = 0; i < renamed; i++)
        {
            File.Copy(entries[i].Backup, Full(entries[i].Path), overwrite: true);
        }

        Cleanup(entries);
    }

    private void Cleanup(List<IntentEntry> entries)
    {
        foreach (var path in entries.SelectMany(e => new[] { e.Temp, e.Backup }).Where(File.Exists))
        {
            File.Delete(path);
        }

        File.Delete(IntentPath);
    }
}

public sealed record IntentEntry(string Path, string Temp, string Backup);

[System.Text.Json.Serialization.JsonSerializable(typeof(List<IntentEntry>))]
internal sealed partial class IntentJson : System.Text.Json.Serialization.JsonSerializerContext;

using Slipway.Core.Diagnostics;

namespace Slipway.Core.Files;

/// <summary>What settling an interrupted write did: the phase its record was in, the files concerned and the temporary files removed.</summary>
public sealed record RecoveryReport(WritePhase Phase, IReadOnlyList<string> Files, int TemporariesRemoved);

/// <summary>
/// Settles a write that a killed process left, from its intent record, as a database replays its
/// journal on opening: a Committed write is finished (only its backups and record are left to
/// remove), anything earlier is rolled back. A file is restored only while it holds exactly the bytes
/// Slipway wrote, and left only while it holds exactly the bytes before the write; if any file holds
/// something else (edited since), nothing at all is changed and the files are named. Settling again
/// after a kill part-way through does the rest, and temporary files never outlive it.
/// </summary>
public static class WriteRecovery
{
    /// <summary>Settles the record in <paramref name="store"/>, if any; the caller holds the repository's lock.</summary>
    /// <exception cref="SlipwayException">The record is unreadable, or a file was changed since the write (SW320); nothing was changed.</exception>
    public static RecoveryReport? Settle(WorkTree tree, IntentStore store)
    {
        if (store.Load() is not { } intent)
        {
            // At most the first record, killed before its rename: nothing of the write was made yet.
            store.Delete();
            return null;
        }

        if (intent.Phase == WritePhase.Committed)
        {
            var leftovers = RemoveTemporaries(tree, intent);
            store.Delete();
            return new RecoveryReport(WritePhase.Committed, intent.Files.Select(f => f.Path).ToList(), leftovers);
        }

        // Preparing: no file was replaced yet, so none is looked at, let alone touched.
        var states = intent.Phase == WritePhase.Replacing ? intent.Files.Select(f => (File: f, State: StateOf(tree, store, f))).ToList() : [];
        var conflicts = states.Where(s => s.State.Conflict is not null).ToList();
        if (conflicts.Count > 0)
        {
            throw Conflict(store, conflicts.Select(c => $"{c.File.Path}: {c.State.Conflict}").ToList());
        }

        var restored = states.Where(s => s.State.Written).Select(s => s.File).ToList();
        Restore(tree, store, restored);
        var removed = RemoveTemporaries(tree, intent);
        foreach (var directory in intent.Directories.Reverse().Select(tree.Full).Where(d => Directory.Exists(d) && !Directory.EnumerateFileSystemEntries(d).Any()))
        {
            Directory.Delete(directory);
        }

        store.Delete();
        return new RecoveryReport(intent.Phase, restored.Select(f => f.Path).ToList(), removed);
    }

    private static FileState StateOf(WorkTree tree, IntentStore store, IntendedFile file)
    {
        var full = tree.Full(file.Path);
        if (!string.Equals(tree.Check(tree.Top, file.Path).Real, full, StringComparison.Ordinal))
        {
            return new FileState(false, "a symbolic link now leads elsewhere on its path");
        }

        var digest = File.Exists(full) ? WriteIntent.Digest(File.ReadAllBytes(full)) : null;
        if (digest == file.Original)
        {
            return new FileState(false, null);
        }

        if (digest != file.New)
        {
            return new FileState(false, digest is null ? "it was deleted" : "it holds neither its bytes before the write nor the bytes Slipway wrote (edited since?)");
        }

        var backupIntact = file.Backup is null || (File.Exists(store.BackupPath(file.Backup)) && WriteIntent.Digest(File.ReadAllBytes(store.BackupPath(file.Backup))) == file.Original);
        return backupIntact ? new FileState(true, null) : new FileState(false, $"its backup {store.BackupPath(file.Backup!)} is missing or damaged");
    }

    // Through temporary files and renames, like the write itself, flushed as one batch before the
    // first rename: a kill here leaves each file either restored or still as Slipway wrote it, and
    // settling again finishes the job.
    private static void Restore(WorkTree tree, IntentStore store, List<IntendedFile> files)
    {
        var copies = files.Where(f => f.Backup is not null).Select(f => (File: f, Temp: tree.Full(f.Temp))).ToList();
        foreach (var (file, temp) in copies)
        {
            File.Copy(store.BackupPath(file.Backup!), temp, overwrite: true);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(tree.Full(file.Path)));
            }
        }

        Durability.FlushFiles(copies.Select(c => c.Temp));
        foreach (var (file, temp) in copies)
        {
            File.Move(temp, tree.Full(file.Path), overwrite: true);
        }

        foreach (var created in files.Where(f => f.Backup is null))
        {
            File.Delete(tree.Full(created.Path));
        }

        Durability.FlushDirectories(files.Select(f => Path.GetDirectoryName(tree.Full(f.Path))!));
    }

    private static int RemoveTemporaries(WorkTree tree, WriteIntent intent)
    {
        var removed = 0;
        foreach (var temp in intent.Files.Select(f => tree.Full(f.Temp)).Where(File.Exists))
        {
            File.Delete(temp);
            removed++;
        }

        return removed;
    }

    private static SlipwayException Conflict(IntentStore store, List<string> files) => new(Errors.InterruptedWriteUnsafe,
        $"an earlier Slipway write was interrupted, and {files.Count} of its file(s) changed since, so it can be neither finished nor undone without losing those changes; nothing was changed",
        $"make each file listed what it should be (its bytes before the write are in {store.BackupDirectory}, numbered as in {store.RecordPath}), then remove {store.Directory} and run the command again",
        files);

    private sealed record FileState(bool Written, string? Conflict);
}

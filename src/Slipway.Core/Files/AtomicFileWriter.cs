using Slipway.Core.Diagnostics;

namespace Slipway.Core.Files;

/// <summary>
/// Writes a set of files all or nothing, and survives a kill at any instruction. Each new file is
/// written beside its target and renamed over it, as git commits a "X.lock" file; an intent record
/// (<see cref="WriteIntent"/>) states the write's phase, and each phase is on disk before the next
/// begins, as a database's journal is: Preparing (nothing replaced yet), Replacing (backups safe,
/// renames under way), Committed (every file written: from here the write is finished, never undone).
/// <see cref="WriteRecovery"/> settles a record that a killed process left. The caller holds the
/// repository's lock (<see cref="RepositoryLock"/>).
/// </summary>
public sealed class AtomicFileWriter(string root, string stateDirectory, string command = "write")
{
    /// <exception cref="SlipwayException">A path leads outside the work tree or into .git (SW321, SW322); a file changed, is not writable, or a write failed (SW303): every file is as it was.</exception>
    public void Write(IReadOnlyList<FileEdit> edits) =>
        Write(edits.Select(e => new FileWrite(e.Path, e.OriginalBytes, e.NewBytes)).ToList());

    /// <inheritdoc cref="Write(IReadOnlyList{FileEdit})"/>
    public void Write(IReadOnlyList<FileWrite> writes)
    {
        if (writes.Count == 0)
        {
            return;
        }

        var store = new IntentStore(stateDirectory);
        var tree = WorkTree.Containing(root);
        if (store.Exists)
        {
            // Settled under the lock before any command writes; one left here is a bug in Slipway.
            throw new InvalidOperationException($"an interrupted write is not settled ({store.RecordPath})");
        }

        var plan = PlannedWrite.Check(tree, root, writes);
        var intent = plan.Intent(command);
        try
        {
            store.Save(intent);
            CrashPoints.Hit("write:recorded");
            Prepare(plan, store);
            store.Save(intent with { Phase = WritePhase.Replacing });
            CrashPoints.Hit("write:prepared");
            Replace(plan);
            store.Save(intent with { Phase = WritePhase.Committed });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            WriteRecovery.Settle(tree, store);
            throw new SlipwayException(Errors.WriteFailed, $"writing the files failed, and every file is as it was: {e.Message}");
        }

        CrashPoints.Hit("write:committed");
        Finish(store, intent);
    }

    private static void Prepare(PlannedWrite plan, IntentStore store)
    {
        foreach (var directory in plan.Directories)
        {
            Directory.CreateDirectory(plan.Tree.Full(directory));
        }

        Directory.CreateDirectory(store.BackupDirectory);
        var made = new List<string>();
        for (var i = 0; i < plan.Files.Count; i++)
        {
            var file = plan.Files[i];
            var temp = PlannedWrite.TempFor(file.Real);
            File.WriteAllBytes(temp, file.Bytes);
            if (file.Mode is { } mode && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, mode);
            }

            made.Add(temp);
            if (file.Original is not null)
            {
                // The backup holds the bytes the plan was checked against, whatever the file holds now.
                var backup = store.BackupPath(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                File.WriteAllBytes(backup, file.Original);
                made.Add(backup);
            }
        }

        Durability.FlushFiles(made);
    }

    private static void Replace(PlannedWrite plan)
    {
        for (var i = 0; i < plan.Files.Count; i++)
        {
            File.Move(PlannedWrite.TempFor(plan.Files[i].Real), plan.Files[i].Real, overwrite: true);
            CrashPoints.Hit(i == 0 ? "write:after-first-rename" : "write:after-rename");
        }

        // The renames must be on disk before the record says Committed, or a power cut could leave a
        // committed record over files that still hold their old bytes.
        Durability.FlushDirectories(plan.Files.Select(f => Path.GetDirectoryName(f.Real)!));
    }

    private static void Finish(IntentStore store, WriteIntent intent)
    {
        try
        {
            foreach (var file in intent.Files.Where(f => f.Backup is not null))
            {
                File.Delete(store.BackupPath(file.Backup!));
                CrashPoints.Hit("write:cleaning");
            }

            store.Delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write is committed and every file holds its new bytes; what is left is the record
            // and its backups, which the next command removes when it finishes the write.
        }
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Files;

/// <summary>
/// How far a write has come, as its intent record says. The record moves forward only, and each
/// phase is on disk before anything of the next one happens.
/// </summary>
public enum WritePhase
{
    /// <summary>Temporary files and backups are being made; no file of the work tree was replaced. Recovery removes them.</summary>
    Preparing,

    /// <summary>Every temporary file and backup is on disk; files are being renamed into place. Recovery rolls back.</summary>
    Replacing,

    /// <summary>Every file holds its new bytes, on disk; only the cleanup is left. Recovery finishes it.</summary>
    Committed,
}

/// <summary>
/// One file of a write. Paths are relative to the top of the work tree (real paths, links resolved),
/// so a repository moved after a kill is still recovered. <see cref="Original"/> and <see cref="New"/>
/// are SHA-256 digests: recovery touches a file only while it holds exactly one of the two.
/// </summary>
/// <param name="Original">The digest of the bytes before the write; null when the write creates the file.</param>
/// <param name="Backup">The backup's name in the record's backup directory; null when the file is created.</param>
public sealed record IntendedFile(string Path, string Temp, string? Backup, string? Original, string New);

/// <summary>The intent record of one write: its phase, the directories it creates (parents first) and its files.</summary>
public sealed record WriteIntent(string Format, WritePhase Phase, string Command, IReadOnlyList<string> Directories, IReadOnlyList<IntendedFile> Files)
{
    public const string CurrentFormat = "slipway-write/1";

    public static string Digest(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>
/// Where a write's intent record and backups live: <c>.git/slipway/write/</c>. The record is replaced
/// as git replaces a ref (written beside, flushed, renamed over, the directory flushed), so it is
/// always one whole phase or the next.
/// </summary>
public sealed class IntentStore(string stateDirectory)
{
    public string Directory { get; } = Path.Combine(stateDirectory, "write");

    public string RecordPath => Path.Combine(Directory, "intent.json");

    public string BackupDirectory => Path.Combine(Directory, "backup");

    /// <summary>Whether a write left its record, or the half-made first version of it (which a kill before its rename leaves).</summary>
    public bool Exists => File.Exists(RecordPath) || File.Exists(TempRecordPath);

    private string TempRecordPath => RecordPath + ".tmp";

    public string BackupPath(string name) => Path.Combine(BackupDirectory, name);

    public void Save(WriteIntent intent)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var temp = TempRecordPath;
        Durability.WriteFlushed(temp, JsonSerializer.SerializeToUtf8Bytes(intent, IntentJson.Default.WriteIntent));
        File.Move(temp, RecordPath, overwrite: true);
        Durability.FlushDirectories([Directory]);
    }

    /// <exception cref="SlipwayException">The record is damaged or of another format (SW320).</exception>
    public WriteIntent? Load()
    {
        if (!File.Exists(RecordPath))
        {
            return null;
        }

        WriteIntent? intent;
        try
        {
            intent = JsonSerializer.Deserialize(File.ReadAllBytes(RecordPath), IntentJson.Default.WriteIntent);
        }
        catch (JsonException e)
        {
            throw Unreadable($"it is not a valid record ({e.Message})");
        }

        return intent is { Format: WriteIntent.CurrentFormat, Files: not null, Directories: not null }
            ? intent
            : throw Unreadable($"its format is '{intent?.Format}', not '{WriteIntent.CurrentFormat}'");
    }

    /// <summary>Removes the record last of all: until it is gone, a kill here leaves a record recovery can act on.</summary>
    public void Delete()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return;
        }

        if (System.IO.Directory.Exists(BackupDirectory))
        {
            System.IO.Directory.Delete(BackupDirectory, recursive: true);
        }

        File.Delete(TempRecordPath);
        File.Delete(RecordPath);
    }

    private SlipwayException Unreadable(string why) => new(Errors.InterruptedWriteUnsafe,
        $"the record of an interrupted write, {RecordPath}, cannot be read: {why}; nothing was changed",
        $"check the files the last Slipway command wrote (git status, git diff), then remove {Directory} and run the command again");
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(WriteIntent))]
internal sealed partial class IntentJson : JsonSerializerContext;

namespace Slipway.Core.Git;

/// <summary>A file of a commit's tree: its '/'-separated path from the repository root, its blob id and its mode.</summary>
public sealed record TreeBlob(string Path, string ObjectId, string Mode)
{
    /// <summary>A symbolic link's blob holds the target's name, not the file's content.</summary>
    public bool IsSymbolicLink => Mode == "120000";
}

using Slipway.Core.Files;

namespace Slipway.Core.Release.Views;

/// <summary>
/// The work tree of a dry run: the files of a commit, with the files the release has written laid
/// over them in memory. It is what the next commit would hold, and can become that commit's tree.
/// Paths are relative to the configuration's directory, <paramref name="prefix"/> inside the repository.
/// </summary>
public sealed class VirtualWorkTree(ObjectQuarantine quarantine, string commit, string prefix) : IFileSource
{
    private readonly GitTreeFileSource _base = new(quarantine.Git, commit, prefix);
    private readonly SortedDictionary<string, WrittenFile> _written = new(StringComparer.Ordinal);

    /// <summary>The commit the tree starts from.</summary>
    public string Commit => commit;

    public string Description => $"commit {commit[..7]} with the release's edits";

    public bool HasChanges => _written.Count > 0;

    /// <summary>The written paths, relative to the repository root.</summary>
    public IReadOnlyList<string> ChangedPaths => _written.Keys.Select(p => prefix + p).ToList();

    public byte[]? Read(string relativePath) => _written.TryGetValue(relativePath, out var written) ? written.Bytes : _base.Read(relativePath);

    public IReadOnlyList<string> Matching(Glob glob) =>
        _base.Matching(glob).Concat(_written.Keys.Where(glob.IsMatch)).Distinct().Order(StringComparer.Ordinal).ToList();

    public bool HasDirectory(string relativePath)
    {
        var under = relativePath.TrimEnd('/') + "/";
        return _written.Keys.Any(p => p.StartsWith(under, StringComparison.Ordinal)) || _base.Matching(new Glob(under + "**")).Count > 0;
    }

    /// <summary>Whether the file at <paramref name="relativePath"/> is executable in the base commit.</summary>
    public bool IsExecutable(string relativePath) => quarantine.Objects.ModeOf(commit, prefix + relativePath) == "100755";

    public void Write(string relativePath, byte[] bytes, bool executable = false) => _written[relativePath] = new WrittenFile(bytes, executable);

    /// <summary>Copies the directory <paramref name="source"/> to <paramref name="target"/> with the versions rewritten; the files copied.</summary>
    public IReadOnlyList<CopiedFile> Copy(string source, string target, VersionRewrite rewrite)
    {
        var prefix = source.TrimEnd('/') + "/";
        var copied = Matching(new Glob(prefix + "**")).Select(path => DirectoryCopier.Copy(path[prefix.Length..], Read(path)!, IsExecutable(path), rewrite)).ToList();
        foreach (var file in copied)
        {
            Write($"{target}/{file.RelativePath}", file.Bytes, file.Executable);
        }

        return copied;
    }

    /// <summary>The tree of the base commit with the written files, stored in the quarantine.</summary>
    public string WriteTree() => quarantine.Objects.WriteTree(quarantine.Scratch("index"), commit,
        _written.Select(w => (prefix + w.Key, w.Value.Executable ? "100755" : "100644", quarantine.WriteBlob(prefix + w.Key, w.Value.Bytes))).ToList());

    private sealed record WrittenFile(byte[] Bytes, bool Executable);
}

namespace Slipway.Core.Files;

/// <summary>Where references are read from: the work tree, or the tree of a commit.</summary>
public interface IFileSource
{
    /// <summary>A description for messages: a directory, or "commit abc1234".</summary>
    string Description { get; }

    /// <summary>The bytes of a file, relative to the configuration's directory, or null when there is no such file.</summary>
    byte[]? Read(string relativePath);

    /// <summary>The files a glob matches, in ordinal order.</summary>
    IReadOnlyList<string> Matching(Glob glob);
}

/// <summary>Files in a directory of the work tree.</summary>
public sealed class DirectoryFileSource(string root) : IFileSource
{
    public string Root { get; } = root;

    public string Description => Root;

    public byte[]? Read(string relativePath)
    {
        var full = Path.Combine(Root, relativePath);
        return File.Exists(full) ? File.ReadAllBytes(full) : null;
    }

    public IReadOnlyList<string> Matching(Glob glob) => RepositoryFiles.Matching(Root, glob);
}

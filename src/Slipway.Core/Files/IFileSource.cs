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

/// <summary>
/// Files in a directory of the work tree, read through the work tree's guard: a reference whose
/// path leads outside the work tree or into .git (through a symbolic link) is not read, and reported.
/// </summary>
public sealed class DirectoryFileSource(string root) : IFileSource
{
    private readonly Lazy<WorkTree> _tree = new(() => WorkTree.Containing(root));

    public string Root { get; } = root;

    public string Description => Root;

    /// <exception cref="IOException">The path leads outside the work tree or into .git.</exception>
    public byte[]? Read(string relativePath)
    {
        var check = _tree.Value.Check(Root, relativePath);
        if (check.Refusal is { } refusal)
        {
            throw new IOException(refusal);
        }

        return File.Exists(check.Real) ? File.ReadAllBytes(check.Real) : null;
    }

    public IReadOnlyList<string> Matching(Glob glob) => RepositoryFiles.Matching(Root, glob);
}

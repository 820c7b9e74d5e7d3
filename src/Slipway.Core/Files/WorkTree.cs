using Slipway.Core.Diagnostics;

namespace Slipway.Core.Files;

/// <summary>
/// The one gate between a path Slipway was given and the file it touches. A path is followed to its
/// real file (every symbolic link resolved) and refused when that file lies outside the work tree or
/// inside a git directory or Slipway's own state; git itself refuses to follow a symbolic link out of
/// the work tree when it checks files out, for the same reason. A link that stays inside is fine:
/// Slipway reads and writes its target, and the link stays a link.
/// </summary>
public sealed class WorkTree
{
    private readonly string _realState;
    private readonly string _lexicalTop;

    private WorkTree(string lexicalTop, string stateDirectory)
    {
        _lexicalTop = Path.GetFullPath(lexicalTop);
        Top = RealPath.Of(lexicalTop);
        StateDirectory = stateDirectory;
        _realState = RealPath.Of(stateDirectory);
    }

    /// <summary>The real path of the top of the work tree (the directory holding .git; outside git, the directory itself).</summary>
    public string Top { get; }

    /// <summary>Where Slipway keeps its own state for this work tree (.git/slipway).</summary>
    public string StateDirectory { get; }

    /// <summary>The work tree that holds <paramref name="directory"/>.</summary>
    public static WorkTree Containing(string directory)
    {
        var top = Files.StateDirectory.FindWorkTreeTop(directory) ?? directory;
        return new WorkTree(top, Files.StateDirectory.For(directory));
    }

    /// <summary>Where <paramref name="path"/> (relative to <paramref name="directory"/>, or absolute) really leads, or why Slipway must not touch it.</summary>
    public PathCheck Check(string directory, string path)
    {
        var lexical = Path.GetFullPath(Path.Combine(directory, path));
        string real;
        try
        {
            real = RealPath.Of(Path.Combine(directory, path));
        }
        catch (IOException e)
        {
            return new PathCheck(lexical, Errors.RealPathOutsideWorkTree, e.Message);
        }

        var through = string.Equals(real, lexical, StringComparison.Ordinal) ? string.Empty : " (through a symbolic link)";
        var relative = Path.GetRelativePath(Top, real);
        if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return new PathCheck(real, Errors.RealPathOutsideWorkTree, $"{path} leads to {real}{through}, outside the work tree {Top}");
        }

        var components = relative.Split('/');
        if (components.Any(c => string.Equals(c, ".git", StringComparison.OrdinalIgnoreCase)) || IsInside(real, _realState))
        {
            return new PathCheck(real, Errors.RealPathInsideGitDirectory, $"{path} leads to {real}{through}, inside the repository's .git directory (or Slipway's state)");
        }

        return new PathCheck(real, null, null);
    }

    /// <summary>The real path of a file or directory Slipway is about to write or read.</summary>
    /// <exception cref="SlipwayException">It leads outside the work tree (SW321) or into .git (SW322).</exception>
    public string Require(string directory, string path)
    {
        var check = Check(directory, path);
        return check.Kind is { } kind
            ? throw new SlipwayException(kind, $"{check.Refusal}; nothing was written",
                "Slipway reads and writes only files of the work tree: point the link at a file inside the repository, or name the real file in slipway.yaml")
            : check.Real;
    }

    /// <summary>Whether an absolute path, as written (links not followed), names something in the work tree.</summary>
    public bool Holds(string fullPath) => IsInside(fullPath, _lexicalTop) || IsInside(fullPath, Top);

    /// <summary>A real path inside the work tree, relative to its top ('/'-separated).</summary>
    public string Relative(string real) => Path.GetRelativePath(Top, real).Replace('\\', '/');

    /// <summary>The real path of a path relative to the top.</summary>
    public string Full(string relative) => Path.Combine(Top, relative);

    private static bool IsInside(string path, string directory) =>
        string.Equals(path, directory, StringComparison.Ordinal) || path.StartsWith(directory + "/", StringComparison.Ordinal);
}

/// <summary>Where a path really leads, and the refusal when Slipway must not touch it.</summary>
public sealed record PathCheck(string Real, ErrorKind? Kind, string? Refusal);

namespace Slipway.Core.Git;

/// <summary>Read-only questions to a repository, each answered by one git call.</summary>
public sealed class GitReader(GitRunner git)
{
    public GitRunner Runner => git;

    public bool IsRepository() => git.Run("rev-parse", "--git-dir").Succeeded;

    /// <summary>Every tag name in the repository.</summary>
    public IReadOnlyList<string> Tags() =>
        git.Check("tag", "--list").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The tracked files of the work tree, relative to <paramref name="pathspec"/>'s repository, '/'-separated.</summary>
    public IReadOnlyList<string> TrackedFiles(string pathspec = ".") =>
        git.Check("ls-files", "-z", "--", pathspec).Split('\0', StringSplitOptions.RemoveEmptyEntries);
}

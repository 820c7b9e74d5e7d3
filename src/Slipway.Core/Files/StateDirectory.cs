namespace Slipway.Core.Files;

/// <summary>
/// Where Slipway keeps its own state for a repository: <c>.git/slipway/</c>, so it is never committed
/// and never shows up in <c>git status</c>. Outside a git repository, <c>.slipway/</c> at the root.
/// </summary>
public static class StateDirectory
{
    public static string For(string root)
    {
        var gitDir = FindGitDirectory(root);
        return gitDir is null ? Path.Combine(root, ".slipway") : Path.Combine(gitDir, "slipway");
    }

    /// <summary>The git directory of the repository holding <paramref name="start"/>, following worktree ".git" files.</summary>
    public static string? FindGitDirectory(string start)
    {
        if (FindWorkTreeTop(start) is not { } top)
        {
            return null;
        }

        var dotGit = Path.Combine(top, ".git");
        if (Directory.Exists(dotGit))
        {
            return dotGit;
        }

        var line = File.ReadLines(dotGit).FirstOrDefault() ?? string.Empty;
        var target = line["gitdir:".Length..].Trim();
        return Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(top, target));
    }

    /// <summary>The top of the work tree holding <paramref name="start"/>: the nearest directory with a .git directory or a worktree's ".git" file.</summary>
    public static string? FindWorkTreeTop(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            var dotGit = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(dotGit) || (File.Exists(dotGit) && (File.ReadLines(dotGit).FirstOrDefault() ?? string.Empty).StartsWith("gitdir:", StringComparison.Ordinal)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}

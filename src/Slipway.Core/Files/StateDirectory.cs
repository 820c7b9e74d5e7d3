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
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            var dotGit = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(dotGit))
            {
                return dotGit;
            }

            if (File.Exists(dotGit))
            {
                var line = File.ReadLines(dotGit).FirstOrDefault() ?? string.Empty;
                const string prefix = "gitdir:";
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    var target = line[prefix.Length..].Trim();
                    return Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(directory.FullName, target));
                }
            }
        }

        return null;
    }
}

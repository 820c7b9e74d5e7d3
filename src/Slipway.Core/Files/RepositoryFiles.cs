namespace Slipway.Core.Files;

/// <summary>Finds files below a root, as '/'-separated relative paths, never descending into .git.</summary>
public static class RepositoryFiles
{
    public static IReadOnlyList<string> Matching(string root, Glob glob)
    {
        var start = Path.Combine(root, glob.BaseDirectory);
        if (!Directory.Exists(start))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        return Directory.EnumerateFiles(start, "*", options)
            .Select(full => Path.GetRelativePath(root, full).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith(".git/", StringComparison.Ordinal) && !relative.Contains("/.git/", StringComparison.Ordinal))
            .Where(glob.IsMatch)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}

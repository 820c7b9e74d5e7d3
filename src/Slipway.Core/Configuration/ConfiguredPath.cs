using Slipway.Core.Diagnostics;

namespace Slipway.Core.Configuration;

/// <summary>
/// The rule for every path slipway.yaml names (versions and pins' files and globs, copies, the notes
/// file, template and highlights): relative to slipway.yaml, it stays below that directory and out of
/// <c>.git/</c>. The rule is lexical; the loader applies it to each path, and to each template's
/// result for sample releases, and <see cref="Resolve"/> applies it again to the rendered path before
/// a run reads or writes it, because some placeholder values are known only then. (Symbolic links
/// are resolved where files are written.)
/// </summary>
public static class ConfiguredPath
{
    /// <summary>Why <paramref name="path"/> cannot be a configured path, or null when it can.</summary>
    public static string? Problem(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.Any(char.IsControl))
        {
            return "it contains a control character";
        }

        if (normalized.StartsWith('/'))
        {
            return "it is an absolute path";
        }

        var parts = normalized.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Contains("..", StringComparer.Ordinal))
        {
            return "'..' leaves the directory of slipway.yaml";
        }

        if (parts.Any(part => string.Equals(part.TrimEnd('.', ' '), ".git", StringComparison.OrdinalIgnoreCase)))
        {
            return "it is inside .git/, which belongs to git";
        }

        return parts.All(part => part == ".") ? "it names no file" : null;
    }

    /// <summary>The path as the configuration stores it: '/'-separated, without a leading "./".</summary>
    public static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        return normalized;
    }

    /// <summary>
    /// The full path of <paramref name="path"/> (a template's result) under <paramref name="root"/>, for a run to
    /// read or write; <paramref name="key"/> names the setting in the error (e.g. <c>copies[0].to</c>).
    /// </summary>
    /// <exception cref="SlipwayException">SW212: the path leaves the work tree or is inside .git/.</exception>
    public static string Resolve(string root, string path, string key)
    {
        if (Problem(path) is { } problem)
        {
            throw new SlipwayException(Errors.PathOutsideWorkTree, $"{key} is '{path}' for this release: {problem}; nothing was written",
                "paths in slipway.yaml are relative to it and stay inside the repository, outside .git/; fix the setting, then run the command again");
        }

        return Path.Combine(root, Normalize(path));
    }
}

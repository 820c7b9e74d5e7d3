using Slipway.Core.Configuration;
using Slipway.Core.Files;
using Slipway.Core.Git;
using Slipway.Core.History;

namespace Slipway.Core.Notes;

/// <summary>
/// The part of a repository a configuration releases (<c>notes.paths</c>, <c>notes.exclude-paths</c>),
/// where a repository holds more than one thing released on its own (an operator and its API module):
/// a change counts when its commit changed one of the part's files, as release-please's
/// <c>exclude-paths</c> and git-cliff's <c>--include-path</c> decide. A pull request merged with a
/// merge commit is judged by what the merge brought to the main line.
/// </summary>
public sealed class PathScope
{
    private readonly List<Glob> _paths;
    private readonly List<Glob> _excluded;
    private readonly string _prefix;

    /// <param name="prefix">The configuration's directory inside the repository ("" at the root, else ending in '/'): the globs are relative to it.</param>
    public PathScope(NotesSettings settings, string prefix)
    {
        _paths = settings.Paths.Select(g => new Glob(g)).ToList();
        _excluded = settings.ExcludePaths.Select(g => new Glob(g)).ToList();
        _prefix = prefix;
    }

    /// <summary>The scope the settings name, or null when they name no paths: every change counts, and git is asked nothing more.</summary>
    public static PathScope? Of(NotesSettings settings, GitRunner git) =>
        settings.Paths.Count == 0 && settings.ExcludePaths.Count == 0 ? null : new PathScope(settings, new GitReader(git).Prefix());

    /// <summary>
    /// Whether a file, named from the repository's root, is the project's: one that <c>paths</c> takes
    /// (any file when it names none) and <c>exclude-paths</c> does not. Globs see the path relative
    /// to slipway.yaml; a file outside its directory is the project's only when no <c>paths</c> are named.
    /// </summary>
    public bool Takes(string path)
    {
        if (!path.StartsWith(_prefix, StringComparison.Ordinal))
        {
            return _paths.Count == 0;
        }

        var relative = path[_prefix.Length..];
        return (_paths.Count == 0 || _paths.Any(g => g.IsMatch(relative))) && !_excluded.Any(g => g.IsMatch(relative));
    }

    /// <summary>The changes of the range whose commit changed a file of the project, in their order.</summary>
    public IReadOnlyList<ChangeModel> Keep(GitRunner git, ReleaseRange range, IReadOnlyList<ChangeModel> changes)
    {
        if (changes.Count == 0)
        {
            return changes;
        }

        var touching = ChangedPaths.Touching(git, range.From, range.To, Takes);
        return changes.Where(c => touching.Contains(c.Id)).ToList();
    }
}

using Slipway.Core.Diagnostics;
using Slipway.Core.Git;
using Slipway.Core.Versioning;

namespace Slipway.Core.Notes;

/// <summary>
/// Finds the previous release of a version: among the tags reachable from the target that follow the
/// tag template, the greatest SemVer version below it; for a final release only final releases
/// count (release candidates are skipped), for a pre-release any tag does.
/// </summary>
public sealed class RangeResolver(GitRunner git, TagTemplate tags)
{
    /// <param name="version">The version the notes are for.</param>
    /// <param name="from">An explicit start (exclusive), overriding the previous release.</param>
    /// <param name="to">An explicit end; by default the version's tag when it exists, else HEAD.</param>
    /// <param name="all">Whole history up to the end.</param>
    public ReleaseRange Resolve(SemVersion version, string? from, string? to, bool all)
    {
        var tag = tags.TagFor(version);
        to ??= RevisionExists($"refs/tags/{tag}") ? tag : "HEAD";
        if (!RevisionExists(to))
        {
            throw new SlipwayException(Errors.Usage, $"'{to}' is not a commit, branch or tag of this repository", "check the name with 'git rev-parse'");
        }

        if (from is not null && !RevisionExists(from))
        {
            throw new SlipwayException(Errors.Usage, $"'{from}' is not a commit, branch or tag of this repository", "check the name with 'git rev-parse'");
        }

        var (versions, warnings) = ReachableVersions(to);
        if (all)
        {
            return new ReleaseRange(version, tag, null, to, null, null, warnings);
        }

        if (from is not null)
        {
            return new ReleaseRange(version, tag, from, to, tags.VersionOf(from), tags.VersionOf(from) is null ? null : from, warnings);
        }

        var previous = versions.Keys
            .Where(v => v < version && (version.IsPreRelease || !v.IsPreRelease))
            .DefaultIfEmpty()
            .Max();
        return previous is null
            ? new ReleaseRange(version, tag, null, to, null, null, warnings)
            : new ReleaseRange(version, tag, versions[previous], to, previous, versions[previous], warnings);
    }

    /// <summary>The versions named by tags reachable from <paramref name="to"/>, and a warning naming version-like tags that are not SemVer.</summary>
    public (Dictionary<SemVersion, string> Versions, IReadOnlyList<string> Warnings) ReachableVersions(string to)
    {
        var names = git.Check("tag", "--merged", to).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var versions = new Dictionary<SemVersion, string>();
        var ignored = new List<string>();
        var prefix = tags.Source[..tags.Source.IndexOf('{', StringComparison.Ordinal)];
        foreach (var name in names)
        {
            if (tags.VersionOf(name) is { } version)
            {
                versions.TryAdd(version, name);
            }
            else if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length && char.IsAsciiDigit(name[prefix.Length]))
            {
                ignored.Add(name);
            }
        }

        IReadOnlyList<string> warnings = ignored.Count == 0
            ? []
            : [$"ignored {ignored.Count} tag(s) that do not name a SemVer version under '{tags.Source}': {string.Join(", ", ignored.Order(StringComparer.Ordinal))}"];
        return (versions, warnings);
    }

    private bool RevisionExists(string revision) => git.Run("rev-parse", "--quiet", "--verify", revision + "^{commit}").Succeeded;
}

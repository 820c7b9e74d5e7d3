using Slipway.Core.Diagnostics;
using Slipway.Core.Git;
using Slipway.Core.Notes;
using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Api;

/// <summary>
/// The two revisions the gate compares: <c>--to</c> (HEAD by default), and <c>--from</c> or else the last
/// release: the greatest final version whose tag is reachable from the end (below the end's own
/// version when the end is a release tag). With no release yet there is no start, and every CRD is new.
/// </summary>
/// <param name="objects">Where revisions are resolved (the gate's own <c>cat-file</c> process); without it, by <c>git rev-parse</c>.</param>
/// <param name="listing">The tag listing, when already started (<see cref="RangeResolver.StartListing"/>).</param>
public sealed class ApiRangeResolver(GitRunner git, TagTemplate tags, ObjectBatch? objects = null, Task<string>? listing = null)
{
    private readonly GitReader _reader = new(git);
    private readonly RangeResolver _tags = new(git, tags, listing);

    /// <param name="version">The version the end is (a release being made), when its tag does not say so yet.</param>
    public ApiRange Resolve(string? from, string? to, SemVersion? version = null)
    {
        to ??= "HEAD";
        var toCommit = Commit(to);
        if (from is not null)
        {
            return new ApiRange(from, Commit(from), to, toCommit);
        }

        var previous = PreviousRelease(version ?? tags.VersionOf(to), toCommit);
        return previous is null ? new ApiRange(null, null, to, toCommit) : new ApiRange(previous.Value.Tag, previous.Value.Commit, to, toCommit);
    }

    /// <summary>The release before <paramref name="version"/> (or the last one, without a version) reachable from <paramref name="commit"/>.</summary>
    public (string Tag, string Commit)? PreviousRelease(SemVersion? version, string commit)
    {
        var index = _tags.Tags();
        foreach (var candidate in _tags.Candidates(v => !v.IsPreRelease && (version is null || v < version)))
        {
            var tag = index.Versions[candidate];
            if (index.Commits.TryGetValue(tag, out var tagged) && _reader.IsAncestor(tagged.ToString(), commit))
            {
                return (tag, tagged.ToString());
            }
        }

        return null;
    }

    /// <summary>Every final release: its version, tag and commit, oldest first.</summary>
    public IReadOnlyList<(SemVersion Version, string Tag, string Commit)> Releases()
    {
        var index = _tags.Tags();
        return index.Versions.Where(v => !v.Key.IsPreRelease && index.Commits.ContainsKey(v.Value))
            .OrderBy(v => v.Key)
            .Select(v => (v.Key, v.Value, index.Commits[v.Value].ToString()))
            .ToList();
    }

    public IReadOnlyList<string> Warnings => _tags.Tags().Warnings;

    /// <summary>The commit a revision names; a usage error (SW201) when it names none.</summary>
    public string Commit(string revision) => (revision.StartsWith('-') ? null : objects is null ? _reader.Resolve(revision) : objects.Commit(revision))
        ?? throw new SlipwayException(Errors.Usage, $"'{revision}' is not a commit, branch or tag of this repository", "check the name with 'git rev-parse'");
}

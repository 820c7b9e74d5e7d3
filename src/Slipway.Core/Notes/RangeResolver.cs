using Slipway.Core.Diagnostics;
using Slipway.Core.Git;
using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Notes;

/// <summary>
/// Finds the previous release of a version: among the tags that follow the tag template and are
/// reachable from the target, the greatest SemVer version below it; for a final release only final
/// releases count (release candidates are skipped), for a pre-release any tag does.
/// </summary>
/// <remarks>
/// Tags are listed without walking history (<c>git tag --merged</c> walks it once per tag, which costs
/// seconds on a large repository without a commit-graph); the candidates are checked for
/// reachability while the range is read (<see cref="HistoryRange"/>).
/// </remarks>
public sealed class RangeResolver(GitRunner git, TagTemplate tags, Task<string>? listing = null)
{
    private TagIndex? _index;

    /// <summary>
    /// Starts listing the tags in the background. The listing does not depend on the configuration,
    /// so a command can start it before loading slipway.yaml and let the two overlap (the first git
    /// process a .NET program starts costs it about 20 ms of one-time set-up).
    /// </summary>
    public static Task<string> StartListing(GitRunner git) => Task.Run(new GitReader(git).TagListing);

    /// <param name="version">The version the notes are for.</param>
    /// <param name="from">An explicit start (exclusive), overriding the previous release.</param>
    /// <param name="to">An explicit end; by default the version's tag when it exists, else HEAD.</param>
    /// <param name="all">Whole history up to the end.</param>
    /// <param name="known">The previous final release this command found already, for a final version and the same end.</param>
    public ReleaseRange Resolve(SemVersion version, string? from, string? to, bool all, KnownPrevious? known = null)
    {
        var index = Tags();
        var tag = tags.TagFor(version);
        to = to is null ? index.Names.Contains(tag) ? tag : "HEAD" : Verified(to);
        from = from is null ? null : Verified(from);
        if (all)
        {
            return new ReleaseRange(version, tag, null, to, null, null, index.Warnings) { InnerReleases = Inner(version, null, to) };
        }

        if (from is not null)
        {
            var named = tags.VersionOf(from);
            return new ReleaseRange(version, tag, from, to, named, named is null ? null : from, index.Warnings)
            {
                InnerReleases = named is null ? [] : Inner(version, named, to),
            };
        }

        var candidates = Candidates(v => v < version && (version.IsPreRelease || !v.IsPreRelease));
        if (known is not null && known.End == to && !version.IsPreRelease)
        {
            // The same candidates as the search that found it, less the ones it read in vain.
            candidates = known.Version is { } found ? candidates.SkipWhile(v => v > found) : [];
        }

        return new ReleaseRange(version, tag, null, to, null, null, index.Warnings) { PreviousCandidates = candidates.Select(Release).ToList() };
    }

    /// <summary>
    /// The release that <paramref name="version"/> follows when it is made from <paramref name="baseBranch"/>:
    /// the greatest tagged version below it (only final ones, for a final release) whose tag is
    /// reachable from the base, not the greatest anywhere. After a patch release on its own branch
    /// (0.6.2 from v0.6.1), a release from main follows what main holds (v0.6.1), so that its
    /// <c>{previous}</c>, notes range and compare link name what the base branch really has.
    /// </summary>
    /// <param name="baseBranch">The release's base: a local branch of that name, else any revision (HEAD when neither exists).</param>
    public PreviousRelease? PreviousFrom(SemVersion version, string baseBranch)
    {
        var index = Tags();
        var from = git.Run("rev-parse", "--quiet", "--verify", "--end-of-options", $"refs/heads/{baseBranch}").Succeeded ? $"refs/heads/{baseBranch}"
            : git.Run("rev-parse", "--quiet", "--verify", "--end-of-options", baseBranch + "^{commit}").Succeeded ? baseBranch
            : "HEAD";
        var candidates = Candidates(v => v < version && (version.IsPreRelease || !v.IsPreRelease)).Select(Release).ToList();
        foreach (var candidate in candidates.Take(ReachedReleases.CheckedOneByOne))
        {
            if (git.Run("merge-base", "--is-ancestor", "--end-of-options", candidate.Tag, from).Succeeded)
            {
                return candidate;
            }
        }

        return ReachedReleases.FirstAfterChecked(git, candidates, from);
    }

    // The final releases tagged between the ends by version, oldest first: where a long range may be
    // split (SegmentedHistory checks that each really is on the range's main line).
    private List<PreviousRelease> Inner(SemVersion version, SemVersion? after, string to)
    {
        var index = Tags();
        var end = tags.VersionOf(to) is { } named && named < version ? named : version;
        return Candidates(v => !v.IsPreRelease && v < end && (after is null || v > after))
            .Reverse()
            .Where(v => index.Commits.ContainsKey(index.Versions[v]))
            .Select(Release)
            .ToList();
    }

    // A tagged version as a possible previous release: its tag and the commit it peels to (none for a tag of a tree or blob).
    private PreviousRelease Release(SemVersion version)
    {
        var index = Tags();
        var tag = index.Versions[version];
        return new PreviousRelease(version, tag, index.Commits.GetValueOrDefault(tag));
    }

    /// <summary>Tagged versions that satisfy <paramref name="filter"/>, greatest first, not yet checked for reachability.</summary>
    public IEnumerable<SemVersion> Candidates(Func<SemVersion, bool> filter) => Tags().Versions.Keys.Where(filter).OrderDescending();

    /// <summary>Every tag, the versions named by those that follow the template, and one warning naming version-like tags that are not SemVer.</summary>
    public TagIndex Tags() => _index ??= ReadTags();

    private TagIndex ReadTags()
    {
        // Each line: name, the object the tag points at, for an annotated tag the object it peels to,
        // and their types. Only a tag that peels to a commit has one: a tag may name a tree or a blob,
        // which no history can start or end at.
        var output = listing is null ? new GitReader(git).TagListing() : listing.GetAwaiter().GetResult();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var names = new List<string>();
        var commits = new Dictionary<string, History.CommitId>(StringComparer.Ordinal);
        foreach (var fields in lines.Select(l => l.Split('\0')))
        {
            names.Add(fields[0]);
            var peeled = fields.Length > 2 && fields[2].Length == 40;
            var (commit, type) = peeled ? (fields[2], fields.ElementAtOrDefault(4)) : (fields[1], fields.ElementAtOrDefault(3));
            if (commit.Length == 40 && type is "commit")
            {
                commits[fields[0]] = History.CommitId.Parse(commit);
            }
        }

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
        return new TagIndex(names.ToHashSet(StringComparer.Ordinal), versions, commits, warnings);
    }

    private string Verified(string revision) => new GitReader(git).Resolve(revision) is not null
        ? revision
        : throw new SlipwayException(Errors.Usage, $"'{revision}' is not a commit, branch or tag of this repository", "check the name with 'git rev-parse'");
}

/// <summary>The repository's tags: their names, the versions they name, and warnings about the ones ignored.</summary>
public sealed record TagIndex(
    IReadOnlySet<string> Names,
    IReadOnlyDictionary<SemVersion, string> Versions,
    IReadOnlyDictionary<string, History.CommitId> Commits,
    IReadOnlyList<string> Warnings);

using Slipway.Core.Configuration;
using Slipway.Core.Git;
using Slipway.Core.Versioning;

namespace Slipway.Core.Notes;

/// <summary>Reads what <c>next</c> needs from the repository: the previous final release and the commits since it.</summary>
public sealed class NextVersionService(SlipwayConfig config, GitRunner git, Task<string>? tagListing = null)
{
    /// <param name="firstVersion">For a repository without releases: the version its references hold.</param>
    /// <param name="floorFor">Given the version the commits call for, a higher one it must reach (the CRD changes), or null.</param>
    public (NextVersionResult Result, IReadOnlyList<string> Warnings) Compute(string? preLabel, SemVersion? firstVersion, string to = "HEAD", Func<SemVersion, VersionFloor?>? floorFor = null)
    {
        var resolver = new RangeResolver(git, config.Tag, tagListing);
        var index = resolver.Tags();
        var warnings = index.Warnings;
        var candidates = resolver.Candidates(v => !v.IsPreRelease)
            .Select(v => new PreviousRelease(v, index.Versions[v], index.Commits.GetValueOrDefault(index.Versions[v])))
            .ToList();
        var (range, commits) = HistoryRange.Read(git, new ReleaseRange(new SemVersion(0, 0, 0), string.Empty, null, to, null, null, warnings) { PreviousCandidates = candidates }, keepText: static (_, _) => false);
        var previous = range.Previous;
        var previousTag = range.PreviousTag;
        // Every tagged version, reachable or not: they show the repository's pre-release spelling and any running series.
        var tagged = index.Versions.Keys.ToList();
        var collected = new ChangeCollector(config.Notes, null, new ReleasePreparation(config)).Collect(commits);
        // A part of the repository released on its own (notes.paths) is bumped by its own changes.
        var items = PathScope.Of(config.Notes, git)?.Keep(git, range, collected) ?? collected;
        var model = new NotesBuilder(config.Notes, null).Build(range, commits, items, new HandWrittenParts(null, null), null);
        return (NextVersionCalculator.Compute(model.Changes, previous, previousTag, tagged, config.Next, preLabel, firstVersion, floorFor), warnings);
    }
}

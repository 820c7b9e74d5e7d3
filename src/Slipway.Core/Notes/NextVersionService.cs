using Slipway.Core.Configuration;
using Slipway.Core.Git;
using Slipway.Core.History;
using Slipway.Core.Versioning;

namespace Slipway.Core.Notes;

/// <summary>Reads what <c>next</c> needs from the repository: the previous final release and the commits since it.</summary>
public sealed class NextVersionService(SlipwayConfig config, GitRunner git)
{
    /// <param name="firstVersion">For a repository without releases: the version its references hold.</param>
    public (NextVersionResult Result, IReadOnlyList<string> Warnings) Compute(string? preLabel, SemVersion? firstVersion, string to = "HEAD")
    {
        var resolver = new RangeResolver(git, config.Tag);
        var (versions, warnings) = resolver.ReachableVersions(to);
        var previous = versions.Keys.Where(v => !v.IsPreRelease).DefaultIfEmpty().Max();
        var previousTag = previous is null ? null : versions[previous];
        var commits = HistoryReader.Read(git, previousTag, to);
        var items = new ChangeCollector(config.Notes).Collect(commits);
        var range = new ReleaseRange(previous ?? new SemVersion(0, 0, 0), string.Empty, previousTag, to, previous, previousTag, warnings);
        var model = new NotesBuilder(config.Notes, null).Build(range, commits, items, new HandWrittenParts(null, null), null);
        return (NextVersionCalculator.Compute(model.Changes, previous, previousTag, versions.Keys, config.Next, preLabel, firstVersion), warnings);
    }
}

using Slipway.Core.Api.Snapshots;
using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Git;
using Slipway.Core.Notes;

namespace Slipway.Core.Api;

/// <summary>
/// The Kubernetes API gate: reads the CRDs at two revisions from git's objects, compares them with
/// every rule, applies the configuration (severities, accepted findings) and looks for stale CRDs.
/// <see cref="Compare"/> is all a release needs: its report gives the minimum bump
/// (<see cref="MinimumBump"/>), the notes entries (<see cref="ApiNotes"/>) and the upgrade table's
/// row (<see cref="Upgrades.UpgradeTableEdit"/>).
/// </summary>
public sealed class ApiGate(GitRunner git, SlipwayConfig config)
{
    /// <exception cref="SlipwayException">SW230 without an <c>api:</c> section.</exception>
    public ApiSettings Settings => Configured(config);

    /// <param name="from">The older revision; null for the last release reachable from <paramref name="to"/>.</param>
    /// <param name="to">The newer revision; null for HEAD.</param>
    /// <param name="version">The version <paramref name="to"/> is being released as: the start is then the last final release before it.</param>
    /// <param name="objects">The caller's <c>git cat-file</c> session in the repository, when it started one early; else the gate starts its own.</param>
    public ApiReport Compare(string? from, string? to, Versioning.SemVersion? version = null, ObjectBatch? objects = null)
    {
        var settings = Settings;
        // Revisions, trees and blobs all come through one git process, started before the other two
        // (the tag listing and the prefix), which are not waited for as soon.
        using var own = objects is null ? new ObjectBatch(git).Start() : null;
        objects ??= own!;
        // The report carries the tag index's warnings even when both ends are given: listing the tags
        // beside the comparison keeps that git process off the gate's path (2-3 ms of its ~40).
        var resolver = new ApiRangeResolver(git, config.Tag, objects, RangeResolver.StartListing(git));
        var prefix = Task.Run(new GitReader(git).Prefix);
        var range = resolver.Resolve(from, to, version);
        var trees = new ApiTreeReader(objects, prefix.GetAwaiter().GetResult(), settings);
        var newTree = trees.Read(range.ToCommit, range.To);
        var oldTree = range.FromCommit is null ? new ApiTree(string.Empty, "(no release yet)", [], []) : trees.Read(range.FromCommit, range.From!);
        var snapshots = new CrdSnapshotLoader(objects).Load([oldTree, newTree]);
        var changes = ApiComparison.Compare(snapshots[0], snapshots[1], settings.Policy);
        var (judged, unused) = FindingPolicy.Apply(changes.SelectMany(c => c.Findings), settings);
        var byCrd = judged.GroupBy(f => f.Crd).ToDictionary(g => g.Key, g => (IReadOnlyList<Finding>)g.ToList(), StringComparer.Ordinal);
        return new ApiReport
        {
            Range = range,
            Changes = changes.Select(c => c with { Findings = byCrd[c.Name] }).ToList(),
            CrdCount = snapshots[1].Crds.Count,
            Stale = StaleCrdCheck.Find(oldTree, newTree),
            StaleSeverity = settings.Stale,
            UnusedAllowances = unused,
            Warnings = [.. resolver.Warnings, .. snapshots.SelectMany(s => s.Warnings).Distinct(StringComparer.Ordinal)],
        };
    }

    internal static ApiSettings Configured(SlipwayConfig config) => config.Api
        ?? throw new SlipwayException(Errors.ApiNotConfigured, $"{Path.GetFileName(config.FilePath)} has no 'api:' section",
            "add one that names the CRD manifests, e.g. 'api: { crds: [config/crd/bases/*.yaml] }' (see docs/configuration.md#api)");
}

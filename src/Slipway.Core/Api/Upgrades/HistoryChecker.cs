using Slipway.Core.Api.Snapshots;
using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Git;

namespace Slipway.Core.Api.Upgrades;

/// <summary>
/// Checks the upgrade table against the CRDs at every release tag, as KubeOpenCode's real history
/// needed: a release whose CRDs changed but that has no row, and a row whose Yes or No the CRDs
/// contradict. Each release is compared with the release before it in its own history (the greatest
/// earlier final release whose tag it descends from); all the tags' CRDs are read in one batch. The
/// releases checked are those the table's revision descends from, and any other it has a row for.
/// </summary>
public sealed class HistoryChecker(GitRunner git, SlipwayConfig config)
{
    /// <param name="revision">Where to read the table: a revision, or null for the work tree.</param>
    public HistoryReport Check(string? revision)
    {
        var settings = ApiGate.Configured(config);
        var reader = new GitReader(git);
        using var objects = new ObjectBatch(git);
        var resolver = new ApiRangeResolver(git, config.Tag, objects);
        var end = resolver.Commit(revision ?? "HEAD");
        var (path, _, _, table) = revision is null ? UpgradeTableEdit.Read(config.Root, settings, config.Tag) : AtRevision(reader, settings, end);

        // The releases the table should know of: those in the history it belongs to, and any it has a row for.
        var releases = resolver.Releases().Where(r => table.RowFor(r.Version) is not null || reader.IsAncestor(r.Commit, end)).ToList();
        var previous = releases.Select(r => resolver.PreviousRelease(r.Version, r.Commit)).ToList();
        var trees = new ApiTreeReader(objects, reader.Prefix(), settings);
        var byCommit = releases.Select(r => r.Commit).Distinct(StringComparer.Ordinal)
            .ToDictionary(c => c, c => trees.Read(c, releases.First(r => r.Commit == c).Tag), StringComparer.Ordinal);
        var loaded = new CrdSnapshotLoader(objects).Load([.. byCommit.Values, Empty]);
        var snapshots = loaded.ToDictionary(s => s.Tree.Commit, StringComparer.Ordinal);

        var history = new List<ReleaseHistory>();
        for (var i = 0; i < releases.Count; i++)
        {
            var (version, tag, commit) = releases[i];
            var before = snapshots[previous[i]?.Commit ?? string.Empty];
            var changes = ApiComparison.Compare(before, snapshots[commit], settings.Policy);
            var changed = changes.Any(c => c.Findings.Count > 0);
            history.Add(new ReleaseHistory(version, tag, previous[i]?.Tag, changed, changed ? ChangeSummary.Describe(changes) : "No CRD changes", table.RowFor(version)));
        }

        var known = releases.Select(r => r.Version).ToHashSet();
        var unknown = table.Rows.Where(r => r.Version is { } v && !known.Contains(v)).ToList();
        var unreadable = table.Rows
            .Select(r => (Row: r, Problem: r.Version is null ? $"'{r.VersionText}' is not a version" : r.CrdsChanged is null ? "the CRD Changes cell says neither Yes nor No" : null))
            .Where(r => r.Problem is not null)
            .Select(r => (r.Row, r.Problem!))
            .ToList();
        return new HistoryReport(path, revision ?? "the work tree", history, unknown, unreadable);
    }

    /// <summary>SW112 when a release is missing or contradicted, or a row cannot be read.</summary>
    public static SlipwayException? Verdict(HistoryReport report)
    {
        var details = report.Problems.Select(r => r.Status == "missing"
                ? $"{r.Tag}: no row, but the CRDs changed since {r.PreviousTag ?? "nothing (first release)"}: {r.Summary}"
                : $"{r.Tag}: the row says {(r.Row!.CrdsChanged == true ? "Yes" : "No")}, but {(r.CrdsChanged ? "the CRDs changed: " + r.Summary : "the CRDs did not change since " + r.PreviousTag)}")
            .Concat(report.UnreadableRows.Select(u => $"{u.Row.VersionText}: {u.Problem}"))
            .ToList();
        return details.Count == 0 ? null : new SlipwayException(Errors.UpgradeTableWrong,
            $"{report.File} disagrees with the CRDs at the release tags ({details.Count} problem(s))",
            "add the missing rows and fix the wrong ones (slipway api --from PREVIOUS --to TAG shows what changed)", details);
    }

    private static readonly ApiTree Empty = new(string.Empty, "(no release)", [], []);

    private (string Path, byte[] Bytes, Editing.TextDocument Document, UpgradeTable Table) AtRevision(GitReader reader, ApiSettings settings, string commit)
    {
        var path = settings.History ?? throw new SlipwayException(Errors.ApiNotConfigured, "api.history is not set",
            "name the file with the 'Version History with CRD Changes' table, e.g. 'history: docs/upgrading.md'");
        var full = reader.Prefix() + path;
        var directory = full.Contains('/', StringComparison.Ordinal) ? [full[..full.LastIndexOf('/')]] : Array.Empty<string>();
        var blob = reader.BlobsAt(commit, directory).FirstOrDefault(b => b.Path == full)
            ?? throw new SlipwayException(Errors.UpgradeTableUnreadable, $"{path} does not exist at {commit[..7]}");
        return UpgradeTableEdit.Parse(path, reader.ReadBlobs([blob.ObjectId])[blob.ObjectId], config.Tag);
    }
}

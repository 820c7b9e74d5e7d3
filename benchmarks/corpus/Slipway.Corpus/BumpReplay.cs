using Slipway.Core.Versioning;

namespace Slipway.Corpus;

/// <summary>What <c>slipway bump</c> did to the tree before a release, against what the release commit did.</summary>
internal sealed record BumpOutcome(
    string? Error,
    List<ChangedLine> Matched,
    List<ChangedLine> Missed,
    List<ChangedLine> Extra,
    List<ChangedLine> Reworded,
    List<ChangedLine> ListEntries,
    List<ChangedLine> OtherRewrites,
    List<LoneLine> Lone,
    List<ChangedLine> RealVersionLines)
{
    /// <summary>Lines Slipway set that the release left at the old version, and the next release updated: the release forgot them.</summary>
    public List<ChangedLine> Forgotten { get; init; } = [];

    public bool Reproduced => Error is null && Missed.Count == 0 && Extra.Count == 0 && Forgotten.Count == 0;

    /// <summary>Not reproduced only because the release forgot references that Slipway updated.</summary>
    public bool BetterThanRelease => Error is null && Missed.Count == 0 && Extra.Count == 0 && Forgotten.Count > 0;
}

/// <summary>
/// Replays one release's bump: the tree of the commit before the release, the era's slipway.yaml,
/// <c>slipway bump VERSION</c>, and the lines it rewrote against the lines the release rewrote.
/// Reproduced means the same set of rewritten lines, apart from lines of the release that are not
/// version references (reported apart, with the lines only added or removed).
/// </summary>
internal static class BumpReplay
{
    /// <param name="notesFiles">The project's notes files: what the release writes there is notes, not version references.</param>
    /// <param name="generated">Whether a file is build output the release regenerated: not a version reference either.</param>
    public static BumpOutcome Run(WorkClone clone, Release release, EraConfig config, IReadOnlyCollection<string> notesFiles, Func<string, bool> generated)
    {
        var real = LineChanges.Parse(clone.Diff(release.Before, release.Prepared));
        var previous = release.OldVersions;
        var realVersion = real.Rewrites.Where(l => !notesFiles.Contains(l.File) && !generated(l.File) && VersionLineClassifier.IsVersionLine(l, release.Version, previous)).ToList();

        clone.Checkout(release.Before);
        clone.WriteConfig(config);
        var (exit, _, error) = clone.Slipway("bump", release.Version.ToString(), "--config", WorkClone.ConfigName, "--no-color");
        var ours = exit == 0 ? LineChanges.Parse(clone.Diff()).Rewrites : [];
        clone.RemoveConfig();

        var matched = Intersect(ours, real.Rewrites);
        var extra = Except(ours, real.Rewrites);
        // The release also reworded a line whose version Slipway set: the same old line, and the
        // release's new line carries the release version too. The version part is reproduced.
        // (A line carrying two versions, the chart's and the app's, is one such line.)
        var reworded = real.Rewrites.Where(r => extra.Any(e => Same(e, r) && HoldsEdit(e, r.New))).ToList();
        extra.RemoveAll(e => reworded.Any(r => Same(e, r)));
        var missed = Except(Except(realVersion, ours), reworded);
        // A row of a table of releases (README's compatibility matrix) updated in place by a patch
        // release: history kept by hand, not a reference; reported apart.
        var listEntries = missed.Where(l => ReleaseList.IsEntry(clone, release.Before, l)).ToList();
        missed = Except(missed, listEntries);
        var other = Except(Except(Except(real.Rewrites, ours), realVersion), reworded);
        var failure = exit == 0 ? null : $"bump failed (exit {exit}): {FirstLines(error)}";
        return new BumpOutcome(failure, matched, missed, extra, reworded, listEntries, other, real.Lone, realVersion);
    }

    private static bool Same(ChangedLine a, ChangedLine b) => a.File == b.File && a.Line == b.Line && a.Old == b.Old;

    // Slipway's edit of the line (what it wrote, with a little of the text around it) is in the
    // release's line: kind's 'const versionPreRelease = "alpha"' became 'var versionPreRelease = ""'.
    private static bool HoldsEdit(ChangedLine ours, string theirs)
    {
        var prefix = 0;
        while (prefix < ours.Old.Length && prefix < ours.New.Length && ours.Old[prefix] == ours.New[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < ours.Old.Length - prefix && suffix < ours.New.Length - prefix && ours.Old[^(suffix + 1)] == ours.New[^(suffix + 1)])
        {
            suffix++;
        }

        const int Context = 3;
        var start = Math.Max(0, prefix - Context);
        var end = Math.Min(ours.New.Length, ours.New.Length - suffix + Context);
        return theirs.Contains(ours.New[start..end], StringComparison.Ordinal);
    }

    private static string FirstLines(string text) => string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(4));

    // Multiset operations: a line rewritten twice the same way (two equal lines) counts twice.
    private static List<ChangedLine> Except(List<ChangedLine> left, List<ChangedLine> right)
    {
        var rest = new List<ChangedLine>(right);
        return left.Where(l => !rest.Remove(l)).ToList();
    }

    private static List<ChangedLine> Intersect(List<ChangedLine> left, List<ChangedLine> right)
    {
        var rest = new List<ChangedLine>(right);
        return left.Where(rest.Remove).ToList();
    }
}

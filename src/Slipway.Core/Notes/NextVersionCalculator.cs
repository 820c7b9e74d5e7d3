using Slipway.Core.Configuration;
using Slipway.Core.Versioning;

namespace Slipway.Core.Notes;

/// <summary>A change that decided the next version, for the explanation <c>next</c> prints.</summary>
public sealed record VersionReason(string ShortSha, string Title, string Effect);

public sealed record NextVersionResult(SemVersion Version, SemVersion? Previous, string? PreviousTag, string Level, IReadOnlyList<VersionReason> Reasons, int Changes)
{
    /// <summary>What raised the version above the one the commits call for (the CRD changes); null when nothing did.</summary>
    public VersionFloor? RaisedBy { get; init; }

    /// <summary>The version the commits alone call for (without a pre-release label).</summary>
    public SemVersion? FromCommits { get; init; }
}

/// <summary>
/// A version the next one may not be below for a reason the commits do not show (the CRD changes
/// since the previous release): the version, its bump level, why, and the findings behind it.
/// </summary>
public sealed record VersionFloor(SemVersion Version, string Level, string Reason, IReadOnlyList<string> Details);

/// <summary>
/// The next version from the changes since the previous final release: a breaking change bumps the
/// major version (the minor one while the major is 0, unless configured otherwise), a feature the
/// minor version, anything else the patch. With a pre-release label it continues a running series
/// of that version (0.5.0-rc1 → 0.5.0-rc2) or starts one, in the repository's spelling.
/// </summary>
public static class NextVersionCalculator
{
    public static NextVersionResult Compute(
        IReadOnlyList<ChangeModel> changes,
        SemVersion? previousFinal,
        string? previousTag,
        IReadOnlyCollection<SemVersion> tagged,
        NextSettings settings,
        string? preLabel,
        SemVersion? firstVersion,
        Func<SemVersion, VersionFloor?>? floorFor = null)
    {
        var breaking = changes.Where(c => c.Breaking).ToList();
        var features = changes.Where(c => !c.Breaking && c.Type == "feat").ToList();
        SemVersion final;
        string level;
        List<ChangeModel> deciding;
        if (previousFinal is null)
        {
            final = firstVersion ?? new SemVersion(0, 1, 0);
            (level, deciding) = ("first release", []);
        }
        else if (breaking.Count > 0)
        {
            var toMinor = previousFinal.Major == 0 && settings.BreakingBumpsMinorBeforeOne;
            final = toMinor ? new SemVersion(0, previousFinal.Minor + 1, 0) : new SemVersion(previousFinal.Major + 1, 0, 0);
            (level, deciding) = (toMinor ? "minor (breaking changes before 1.0.0)" : "major", breaking);
        }
        else if (features.Count > 0)
        {
            final = new SemVersion(previousFinal.Major, previousFinal.Minor + 1, 0);
            (level, deciding) = ("minor", features);
        }
        else
        {
            final = new SemVersion(previousFinal.Major, previousFinal.Minor, previousFinal.Patch + 1);
            (level, deciding) = ("patch", changes.ToList());
        }

        // What else the version must reach, asked about the version the commits call for (the release's own check).
        var fromCommits = final;
        var floor = previousFinal is null ? null : floorFor?.Invoke(final);
        if (floor is not null && floor.Version > final)
        {
            final = floor.Version;
            level = $"{floor.Level} (the CRD changes: {floor.Reason})";
        }
        else
        {
            floor = null;
        }

        // A series of pre-releases already running towards a higher version is finished, not overtaken
        // (a series whose final release is tagged, on a release branch, is not running).
        var running = tagged.Where(v => v.IsPreRelease && (previousFinal is null || v.Core() > previousFinal) && !tagged.Contains(v.Core())).DefaultIfEmpty().Max();
        if (running is not null && running.Core() > final)
        {
            final = running.Core();
            level = $"the running pre-release series of {final} ({running})";
        }

        (final, level) = Untaken(final, level, tagged);

        var reasons = deciding.Select(c => new VersionReason(c.ShortSha, c.Title, c.Breaking ? "breaking" : c.Type ?? "change")).ToList();
        if (preLabel is null)
        {
            return new NextVersionResult(final, previousFinal, previousTag, level, reasons, changes.Count) { RaisedBy = floor, FromCommits = fromCommits };
        }

        var series = tagged.Where(v => v.IsPreRelease && v.Core() == final && PreReleaseStyle.Of(v.PreRelease)?.Label == preLabel).DefaultIfEmpty().Max();
        var style = PreReleaseStyle.Detect(tagged) with { Label = preLabel };
        var pre = series is null
            ? final.WithPreRelease(style.Format(1))
            : final.WithPreRelease(PreReleaseStyle.Of(series.PreRelease)!.Format(PreReleaseStyle.NumberOf(series.PreRelease)!.Value + 1));
        var continued = series is null ? $"{level}, a new {preLabel} series" : $"{level}, continuing after {series}";
        return new NextVersionResult(pre, previousFinal, previousTag, continued, reasons, changes.Count) { RaisedBy = floor, FromCommits = fromCommits };
    }

    private enum Part
    {
        Major,
        Minor,
        Patch,
    }

    // The previous release is the greatest one HEAD reaches; where releases are tagged on release
    // branches, the version the commits call for may be released already on one of them (a fix on
    // main after v1.4.0 calls for 1.4.1, tagged on release-1.4). Tagging it again is impossible and
    // its notes would be the branch's: the next free version at the same level is proposed, and says why.
    private static (SemVersion Final, string Level) Untaken(SemVersion final, string level, IReadOnlyCollection<SemVersion> tagged)
    {
        if (!tagged.Contains(final))
        {
            return (final, level);
        }

        // The level, by the version's shape: x.y.z with z > 0 is a patch, x.y.0 a minor, x.0.0 a major.
        var part = final.Patch != 0 ? Part.Patch : final.Minor != 0 ? Part.Minor : Part.Major;
        var line = tagged.Where(v => !v.IsPreRelease && v.Major == final.Major && (part != Part.Patch || v.Minor == final.Minor)).Max()!;
        var greatest = part == Part.Major ? tagged.Where(v => !v.IsPreRelease).Max()! : line;
        var free = part switch
        {
            Part.Major => new SemVersion(greatest.Major + 1, 0, 0),
            Part.Minor => new SemVersion(greatest.Major, greatest.Minor + 1, 0),
            _ => new SemVersion(greatest.Major, greatest.Minor, greatest.Patch + 1),
        };
        return (free, $"{level}, above {greatest}: {final} is released already, on a branch HEAD does not reach");
    }
}

using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Versioning;

namespace Slipway.Core.Api;

/// <summary>The smallest release the CRD changes allow, and the findings that decided it.</summary>
public sealed record ApiBump(BumpLevel Level, string Reason, IReadOnlyList<Finding> Deciding);

/// <summary>
/// What CRD changes demand of the next version (<c>api.bump</c>): a breaking change a major release
/// (a minor one while the major version is 0; the <c>alpha</c> level when it touches only alpha API
/// versions), a compatible change the <c>compatible</c> level. Accepted findings still count: the
/// allow-list lets a breaking change through the gate, it does not make it compatible. Findings
/// configured off and unclassified ones do not count.
/// </summary>
public static class MinimumBump
{
    public static ApiBump For(IEnumerable<Finding> findings, SemVersion? previous, ApiBumpPolicy policy)
    {
        if (previous is null)
        {
            return new ApiBump(BumpLevel.Patch, "a first release may have any version", []);
        }

        var counted = findings.Where(f => f.Severity != FindingSeverity.Off && f.Class is FindingClass.Breaking or FindingClass.Compatible).ToList();
        if (counted.Count == 0)
        {
            return new ApiBump(BumpLevel.Patch, "no CRD change asks for more than a patch release", []);
        }

        var level = counted.Max(f => Level(f, previous, policy));
        var deciding = counted.Where(f => Level(f, previous, policy) == level).ToList();
        var breaking = deciding.Any(f => f.Class == FindingClass.Breaking);
        var (noun, context) = breaking
            ? ("breaking change", deciding.All(f => f.AlphaOnly) && policy.Alpha is not null ? " of alpha API versions" : previous.Major == 0 ? " before 1.0.0" : string.Empty)
            : ("compatible change", string.Empty);
        var one = deciding.Count == 1;
        return new ApiBump(level, $"{deciding.Count} {noun}{(one ? string.Empty : "s")}{context} {(one ? "needs" : "need")} a {level.Name()} release", deciding);
    }

    /// <summary>The refusal of <paramref name="requested"/> when it is below what <paramref name="bump"/> demands after <paramref name="previous"/>.</summary>
    public static SlipwayException? Refusal(ApiBump bump, SemVersion previous, SemVersion requested) =>
        Allows(bump, previous, requested)
            ? null
            : new SlipwayException(Errors.VersionTooLowForApi, $"{requested} is too low after {previous}: {bump.Reason}",
                $"release {Smallest(bump, previous)} (or later), or change api.bump if the policy does not fit this project", Details(bump));

    /// <summary>Whether <paramref name="requested"/> is at least the release <paramref name="bump"/> demands after <paramref name="previous"/>.</summary>
    public static bool Allows(ApiBump bump, SemVersion previous, SemVersion requested) => BumpLevels.Between(previous, requested) is { } level && level >= bump.Level;

    /// <summary>The smallest version <paramref name="bump"/> allows after <paramref name="previous"/>.</summary>
    public static SemVersion Smallest(ApiBump bump, SemVersion previous) => VersionBump.Next(previous, bump.Level.Name(), PreReleaseStyle.Default);

    /// <summary>The deciding findings, one line each.</summary>
    public static IReadOnlyList<string> Details(ApiBump bump) => bump.Deciding.Select(f => $"{f.Where} {f.Path}: {f.Rule}: {f.Message}").ToList();

    private static BumpLevel Level(Finding finding, SemVersion previous, ApiBumpPolicy policy) => finding.Class switch
    {
        FindingClass.Breaking when finding.AlphaOnly && policy.Alpha is { } alpha => alpha,
        FindingClass.Breaking => previous.Major == 0 ? policy.BreakingBeforeOne : policy.Breaking,
        _ => policy.Compatible,
    };
}

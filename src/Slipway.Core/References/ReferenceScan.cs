using Slipway.Core.Configuration;
using Slipway.Core.Versioning;

namespace Slipway.Core.References;

/// <summary>Everything the references hold right now, and the version they agree on, if any.</summary>
public sealed class ReferenceScan(SlipwayConfig config, IReadOnlyList<ReferenceReading> readings, DocumentCache documents)
{
    private Consensus? _consensus;

    public SlipwayConfig Config { get; } = config;

    public IReadOnlyList<ReferenceReading> Readings { get; } = readings;

    public DocumentCache Documents { get; } = documents;

    public IEnumerable<ReferenceReading> Problems => Readings.Where(r => !r.IsReadable);

    public Consensus Consensus => _consensus ??= Consensus.Of(Readings);

    /// <summary>The version the references that follow <paramref name="upstream"/> agree on, apart from this repository's own.</summary>
    public Consensus Following(string upstream) => Consensus.OfFollowing(Readings, upstream);
}

/// <summary>
/// The version the references agree on. References limited to final releases are left out of the
/// agreement while the current version is a pre-release (they keep pointing at the last final
/// release), and references limited to pre-releases while it is final.
/// </summary>
public sealed record Consensus(SemVersion? Version, IReadOnlyList<ReferenceReading> Disagreeing, IReadOnlyList<ReferenceReading> NotApplicable)
{
    public bool Agrees => Version is not null && Disagreeing.Count == 0;

    public static Consensus Of(IReadOnlyList<ReferenceReading> readings) => Among(readings, upstream: null);

    /// <summary>
    /// The agreement of the references that carry <paramref name="upstream"/>'s version (<c>follows:</c>).
    /// They are kept out of this repository's own agreement: with per-repository versions the two
    /// differ, and even with one shared version the upstream's is written only once it is tagged.
    /// </summary>
    public static Consensus OfFollowing(IReadOnlyList<ReferenceReading> readings, string upstream) => Among(readings, upstream);

    private static Consensus Among(IReadOnlyList<ReferenceReading> readings, string? upstream)
    {
        var present = readings.Where(r => r.IsReadable && !r.IsAbsent && r.Reference.Follows == upstream && !r.Reference.IsDated).ToList();
        var unconditional = present.Where(r => r.Reference.When == ReleaseFilter.Always).ToList();
        var basis = unconditional.Count > 0 ? unconditional : present;
        var candidate = basis
            .SelectMany(r => r.Values)
            .Select(v => v.Implied?.Version)
            .OfType<SemVersion>()
            .GroupBy(v => v)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .Select(g => g.Key)
            .FirstOrDefault();

        if (candidate is null)
        {
            return new Consensus(null, basis, []);
        }

        // A version split over references (the core in one, the pre-release label alone in another,
        // as kind's version.go keeps it) implies only parts in each: the label completes the core.
        return Labels(basis)
            .Select(label => candidate.Core().WithPreRelease(label))
            .Where(v => v != candidate)
            .Select(v => Judged(present, v))
            .Prepend(Judged(present, candidate))
            .OrderBy(c => c.Disagreeing.Count) // stable: the version most references imply wins a tie
            .First();
    }

    private static Consensus Judged(List<ReferenceReading> present, SemVersion candidate)
    {
        bool Applies(ReferenceReading r) => Applicability.Applies(r.Reference.When, candidate);
        var applicable = present.Where(Applies).ToList();
        var disagreeing = applicable.Where(r => !Holds(r, candidate)).ToList();
        return new Consensus(candidate, disagreeing, present.Where(r => !Applies(r)).ToList());
    }

    // The values that matched their template without naming a version: a pre-release label alone.
    private static IEnumerable<string> Labels(List<ReferenceReading> basis) => basis
        .SelectMany(r => r.Values)
        .Where(v => v.Implied is { Version: null } && SemVersion.TryParse("0.0.0-" + v.Text, out _))
        .Select(v => v.Text)
        .Distinct(StringComparer.Ordinal);

    /// <summary>True when every value of the reading is exactly what the reference's template renders for <paramref name="version"/>.</summary>
    public static bool Holds(ReferenceReading reading, SemVersion version)
    {
        var expected = reading.Reference.Value.Render(version);
        return reading.Values.All(v => string.Equals(v.Text, expected, StringComparison.Ordinal));
    }
}

public static class Applicability
{
    public static bool Applies(ReleaseFilter when, SemVersion version) => when switch
    {
        ReleaseFilter.Final => !version.IsPreRelease,
        ReleaseFilter.PreRelease => version.IsPreRelease,
        _ => true,
    };
}

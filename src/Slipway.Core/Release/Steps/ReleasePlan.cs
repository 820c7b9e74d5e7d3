using Slipway.Core.Configuration;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// The steps of one release, in order: the built-in steps that apply to it, the manual checkpoints
/// placed after the step they name, and which of them the release's profile skips.
/// </summary>
public sealed class ReleasePlan
{
    private ReleasePlan(IReadOnlyList<IReleaseStep> steps, IReadOnlySet<string> skipped, string? profile)
    {
        Steps = steps;
        Skipped = skipped;
        Profile = profile;
    }

    public IReadOnlyList<IReleaseStep> Steps { get; }

    public IReadOnlySet<string> Skipped { get; }

    /// <summary>"rc" for a pre-release, "patch" for a patch release, or null.</summary>
    public string? Profile { get; }

    public static ReleasePlan For(SlipwayConfig config, ReleaseJournal journal)
    {
        var steps = StepCatalog.BuiltIn.Where(step => step.AppliesTo(config, journal)).ToList();
        foreach (var manual in config.Release.Steps)
        {
            var after = steps.FindIndex(s => s.Name == manual.After);
            steps.Insert(after < 0 ? steps.Count : after + 1, new ManualStepStep(manual));
        }

        var profile = journal.Kind switch { ReleaseKind.PreRelease => "rc", ReleaseKind.Patch => "patch", _ => null };
        var skipped = profile is not null && config.Release.Profiles.TryGetValue(profile, out var skip) ? skip.ToHashSet(StringComparer.Ordinal) : [];
        return new ReleasePlan(steps, skipped, profile);
    }
}

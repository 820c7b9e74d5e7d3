using Slipway.Core.Configuration;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// The steps of one release, in order: the built-in steps that apply to it, the manual checkpoints
/// placed after the step they name (several after one step in the order they are declared), and
/// which of them the release's profile skips.
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

    public IReleaseStep? Find(string name) => Steps.FirstOrDefault(s => s.Name == name);

    public static ReleasePlan For(SlipwayConfig config, ReleaseJournal journal)
    {
        var steps = new List<IReleaseStep>();
        var manual = config.Release.Steps;
        void Add(IReleaseStep step)
        {
            steps.Add(step);
            foreach (var after in manual.Where(m => m.After == step.Name))
            {
                Add(new ManualStepStep(after)); // a step after this one, then whatever follows that step
            }
        }

        foreach (var step in StepCatalog.BuiltIn.Where(step => step.AppliesTo(config, journal)))
        {
            Add(step);
        }

        // A checkpoint after a step this release does not have (pins without pins) comes at the end, in declared order.
        foreach (var orphan in manual.Where(m => steps.All(s => s.Name != m.Name)))
        {
            Add(new ManualStepStep(orphan));
        }

        var profile = journal.Kind switch { ReleaseKind.PreRelease => "rc", ReleaseKind.Patch => "patch", _ => null };
        var skipped = profile is not null && config.Release.Profiles.TryGetValue(profile, out var skip) ? skip.ToHashSet(StringComparer.Ordinal) : [];
        return new ReleasePlan(steps, skipped, profile);
    }
}

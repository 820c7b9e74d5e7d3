using Slipway.Core.Configuration;
using Slipway.Core.Release.Steps;

namespace Slipway.Core.Release;

/// <summary>
/// The steps of one release, in order: the built-in steps the configuration calls for, the manual
/// checkpoints placed after the step they name, and which of them the release's profile skips.
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
        var settings = config.Release;
        var steps = new List<IReleaseStep> { new PreflightStep(), new BranchStep() };
        if (journal.PatchOf is not null && journal.CherryPicks.Count > 0)
        {
            steps.Add(new CherryPickStep());
        }

        steps.Add(new BumpStep());
        if (settings.Pins.Count > 0)
        {
            steps.Add(new PinsStep());
        }

        if (settings.Copies.Count > 0)
        {
            steps.Add(new CopiesStep());
        }

        if (settings.AfterBump.Count > 0)
        {
            steps.Add(new CommandsStep(StepNames.AfterBump, s => s.AfterBump));
        }

        if (config.Notes.File is not null)
        {
            steps.Add(new NotesStep());
        }

        if (settings.Checks.Count > 0)
        {
            steps.Add(new CommandsStep(StepNames.Checks, s => s.Checks));
        }

        steps.AddRange([new CommitStep(), new PushStep(), new PullRequestStep(), new TagStep(), new PushTagStep()]);
        if (config.Artifacts.Artifacts.Count > 0)
        {
            steps.Add(new ArtifactsStep());
        }

        if (config.Forge.Releases)
        {
            steps.Add(new PublishStep());
        }

        if (settings.Pins.Count > 0)
        {
            steps.Add(new PostReleaseStep());
        }

        foreach (var manual in settings.Steps)
        {
            var after = steps.FindIndex(s => s.Name == manual.After);
            steps.Insert(after < 0 ? steps.Count : after + 1, new ManualStepStep(manual));
        }

        var profile = journal.Kind switch { "prerelease" => "rc", "patch" => "patch", _ => null };
        var skipped = profile is not null && settings.Profiles.TryGetValue(profile, out var skip) ? skip.ToHashSet(StringComparer.Ordinal) : [];
        return new ReleasePlan(steps, skipped, profile);
    }
}

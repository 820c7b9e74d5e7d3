namespace Slipway.Core.Release.Steps;

/// <summary>
/// The built-in steps of a release, in the order a release runs them: the one place the order is
/// written. Each step decides for itself whether a release has it (<see cref="IReleaseStep.AppliesTo"/>).
/// </summary>
public static class StepCatalog
{
    public static IReadOnlyList<IReleaseStep> BuiltIn { get; } =
    [
        new PreflightStep(),
        new ApiStep(),
        new BranchStep(),
        new CherryPickStep(),
        new BumpStep(),
        new FollowStep(),
        new PinsStep(),
        new CopiesStep(),
        CommandsStep.AfterBump,
        new NotesStep(),
        new UpgradeTableStep(),
        CommandsStep.Checks,
        new CommitStep(),
        new PushStep(),
        new PullRequestStep(),
        new TagStep(),
        new PushTagStep(),
        new ArtifactsStep(),
        new PublishStep(),
        new PostReleaseStep(),
        new DevelopmentStep(),
    ];

    /// <summary>Whether a release whose last step failed ran only checks (<see cref="IReleaseStep.OnlyChecks"/>): it was refused before it touched anything.</summary>
    public static bool RefusedByChecks(IEnumerable<Journal.StepRecord> steps)
    {
        var ran = steps.Where(s => s.Status != Journal.StepStatus.Pending).ToList();
        return ran.Count > 0 && ran[^1].Status == Journal.StepStatus.Failed
            && ran.All(s => BuiltIn.FirstOrDefault(b => b.Name == s.Name)?.OnlyChecks == true);
    }
}

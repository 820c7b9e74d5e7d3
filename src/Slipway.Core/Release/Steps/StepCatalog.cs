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
        new BranchStep(),
        new CherryPickStep(),
        new BumpStep(),
        new FollowStep(),
        new PinsStep(),
        new CopiesStep(),
        CommandsStep.AfterBump,
        new NotesStep(),
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
}

namespace Slipway.Core.Release;

/// <summary>
/// One step of the release. A step is idempotent: it first checks the world (a commit already made, a
/// tag already pushed) and only acts on what is missing, so it can be run again after any stop.
/// </summary>
public interface IReleaseStep
{
    string Name { get; }

    StepResult Run(ReleaseContext context);
}

/// <summary>How a step ended: done (with what it did), or waiting for something outside Slipway.</summary>
public sealed record StepResult(StepStatus Status, string Message)
{
    public static StepResult Done(string message) => new(StepStatus.Done, message);

    public static StepResult Waiting(string reason) => new(StepStatus.Waiting, reason);
}

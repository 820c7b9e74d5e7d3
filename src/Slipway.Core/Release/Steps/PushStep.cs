using Slipway.Core.Diagnostics;
namespace Slipway.Core.Release.Steps;

/// <summary>Pushes the release branch, unless the remote already has exactly it.</summary>
public sealed class PushStep : IReleaseStep
{
    public string Name => StepNames.Push;

    public StepResult Run(ReleaseContext context)
    {
        var journal = context.Journal;
        var local = context.Reader.Resolve("refs/heads/" + journal.Branch)!;
        if (context.Reader.RemoteRef(journal.Remote, "refs/heads/" + journal.Branch) == local)
        {
            return StepResult.Done($"{journal.Remote} already has {journal.Branch} at {local[..7]}");
        }

        context.Writer.Push(journal.Remote, $"refs/heads/{journal.Branch}:refs/heads/{journal.Branch}");
        CrashPoints.Hit("push:after-git");
        return StepResult.Done($"pushed {journal.Branch} to {journal.Remote}");
    }
}

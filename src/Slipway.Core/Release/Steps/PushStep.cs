using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>Pushes the release branch, unless the remote already has exactly it.</summary>
public sealed class PushStep : IReleaseStep
{
    public string Name => StepNames.Push;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => true;

    public string? WhyNotSkippable => "the pull request and the tag need the release branch on the remote";

    public StepResult Run(ReleaseContext context)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        var local = repository.Resolve("refs/heads/" + journal.Branch)!;
        if (repository.RemoteRef(journal.Remote, "refs/heads/" + journal.Branch) == local)
        {
            return StepResult.Done($"{journal.Remote} already has {journal.Branch} at {local[..7]}");
        }

        repository.Push(journal.Remote, "refs/heads/" + journal.Branch);
        CrashPoints.Hit("push:after-git");
        return StepResult.Done($"pushed {journal.Branch} to {journal.Remote}");
    }
}

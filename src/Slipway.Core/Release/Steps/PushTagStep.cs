using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>Pushes the tag (which starts the release CI), unless the remote already has this very tag.</summary>
public sealed class PushTagStep : IReleaseStep
{
    public string Name => StepNames.PushTag;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => true;

    public string? WhyNotSkippable => "a tag that is not pushed is not released; fix the remote and resume";

    public StepResult Run(ReleaseContext context)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        var local = repository.TagObject(journal.Tag)!;
        var remote = repository.RemoteRef(journal.Remote, "refs/tags/" + journal.Tag);
        if (remote == local)
        {
            return StepResult.Done($"{journal.Remote} already has {journal.Tag}");
        }

        if (remote is not null)
        {
            throw new SlipwayException(Errors.TagExists, $"{journal.Remote} has a different {journal.Tag} ({remote[..7]})",
                "someone else tagged this version; check which is right, and use 'slipway retag' to replace it");
        }

        repository.Push(journal.Remote, "refs/tags/" + journal.Tag);
        CrashPoints.Hit("push-tag:after-git");
        return StepResult.Done($"pushed {journal.Tag} to {journal.Remote}");
    }
}

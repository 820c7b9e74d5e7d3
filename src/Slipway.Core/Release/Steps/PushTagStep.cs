using Slipway.Core.Diagnostics;

namespace Slipway.Core.Release.Steps;

/// <summary>Pushes the tag (which starts the release CI), unless the remote already has this very tag.</summary>
public sealed class PushTagStep : IReleaseStep
{
    public string Name => StepNames.PushTag;

    public StepResult Run(ReleaseContext context)
    {
        var journal = context.Journal;
        var local = context.Reader.LocalTag(journal.Tag)!;
        var remote = context.Reader.RemoteRef(journal.Remote, "refs/tags/" + journal.Tag);
        if (remote == local)
        {
            return StepResult.Done($"{journal.Remote} already has {journal.Tag}");
        }

        if (remote is not null)
        {
            throw new SlipwayException(Errors.TagExists, $"{journal.Remote} has a different {journal.Tag} ({remote[..7]})",
                "someone else tagged this version; check which is right, and use 'slipway retag' to replace it");
        }

        context.Writer.Push(journal.Remote, $"refs/tags/{journal.Tag}");
        CrashPoints.Hit("push-tag:after-git");
        return StepResult.Done($"pushed {journal.Tag} to {journal.Remote}");
    }
}

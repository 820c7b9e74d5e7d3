using Slipway.Core.Configuration;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Publishes the forge release of the pushed tag with the release notes: made when the forge has none
/// for the tag, updated in place when it has one (made by CI, or by an earlier run).
/// </summary>
public sealed class PublishStep : IReleaseStep
{
    public string Name => StepNames.Publish;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => config.Forge.Releases;

    public StepResult Run(ReleaseContext context)
    {
        var forge = context.Forge.Require($"publish the {context.Forge.Name} release of {context.Journal.Tag}");
        var tagged = context.Repository.Resolve("refs/tags/" + context.Journal.Tag)!;
        var notes = ReleasePublisher.Draft(context.Config, context.Repository.History, context.Version, tagged, context.Forge);
        var outcome = ReleasePublisher.Publish(forge, notes.Draft);
        if (outcome.Release.WebUrl is { } url)
        {
            context.Journal.Facts.ReleaseUrl = url;
        }

        return StepResult.Done($"{(outcome.Created ? "created" : "updated")} the {forge.Name} release {notes.Draft.Tag}{(notes.Draft.PreRelease ? " (pre-release)" : string.Empty)}: {outcome.Release.WebUrl}");
    }
}

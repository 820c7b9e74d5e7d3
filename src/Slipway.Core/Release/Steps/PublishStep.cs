using Slipway.Core.Forges.GitHub;
using Slipway.Core.Hosting;
using Slipway.Core.Registries;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Publishes the GitHub release of the pushed tag with the release notes: made when GitHub has none
/// for the tag, updated in place when it has one (made by CI, or by an earlier run).
/// </summary>
public sealed class PublishStep : IReleaseStep
{
    public string Name => StepNames.Publish;

    public StepResult Run(ReleaseContext context)
    {
        var client = context.GitHub.Require($"publish the GitHub release of {context.Journal.Tag}");
        var draft = ReleasePublisher.Draft(context.Config, context.Git, context.Version, context.GitHub);
        var outcome = ReleasePublisher.Publish(client, draft);
        if (outcome.Release.HtmlUrl is { } url)
        {
            context.Journal.Facts[ReleaseFacts.ReleaseUrl] = url;
        }

        return StepResult.Done($"{(outcome.Created ? "created" : "updated")} the GitHub release {draft.Tag}{(draft.PreRelease ? " (pre-release)" : string.Empty)}: {outcome.Release.HtmlUrl}");
    }
}

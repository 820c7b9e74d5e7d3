using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// In a workspace release, writes the upstream repositories' versions into the references that follow
/// them (go.mod's require, with go.sum and vendor/modules.txt). It runs after the bump and before the
/// after-bump commands, so 'go mod tidy' or 'make bundle' see the new versions. Only a release the
/// workspace started has it: the journal records what it follows.
/// </summary>
public sealed class FollowStep : IReleaseStep
{
    public string Name => StepNames.Follow;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => journal.Facts.Follows.Count > 0;

    public StepResult Run(ReleaseContext context)
    {
        var followed = string.Join(", ", context.Journal.Facts.Follows.Select(f => $"{f.Key} {f.Value}"));
        var follower = context.Upstreams ?? throw new SlipwayException(Errors.WorkspaceReleaseOutside,
            $"this release follows {followed}, and only its workspace knows where those repositories are",
            "run the command in the directory of slipway.workspace.yaml (or pass --workspace FILE)");
        if (follower.Plan(context) is not { } edits)
        {
            return StepResult.Done($"every reference already follows {followed}");
        }

        context.Repository.EditFiles(edits);
        return StepResult.Done($"{edits.Changes.Count} value(s) in {edits.Edits.Count} file(s) follow {followed}");
    }
}

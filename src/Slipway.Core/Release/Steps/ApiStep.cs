using Slipway.Core.Api;
using Slipway.Core.Configuration;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// The API gate before the first edit: the CRD changes since the last final release decide the
/// smallest version this release may have (a breaking change a major release, a minor one while the
/// major is 0, as <c>api.bump</c> says), and a lower version stops the release here, with the changes
/// that need more and the version that will do. It only reads git's objects, so a dry run runs it
/// for real and refuses where the release would.
/// </summary>
public sealed class ApiStep : IReleaseStep
{
    public string Name => StepNames.Api;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => config.Api is not null;

    public bool OnlyChecks => true;

    public StepResult Run(ReleaseContext context)
    {
        var api = ApiRelease.For(context.Config, context.Repository.History, context.Version, Start(context))!;
        foreach (var warning in api.Report.Warnings)
        {
            context.Info(warning);
        }

        if (api.Report.Stale is { } stale)
        {
            context.Info($"the CRDs may be stale: {stale.ChangedTypes.Count} Go type file(s) changed since {api.Report.Range.From} but no CRD manifest did (make manifests?)");
        }

        return api.Refusal is { } refusal ? throw refusal : StepResult.Done(api.Summary);
    }

    // The commit the release is made from, as the branch step will take it: the base preflight
    // checked, or for a patch release its patch branch (on the remote) or else the patched tag, never
    // what happens to be checked out. Cherry-picks come later; the upgrade-table step checks them.
    private static string Start(ReleaseContext context)
    {
        var (journal, repository) = (context.Journal, context.Repository);
        return journal.PatchOf is { } patched
            ? repository.Resolve($"{journal.Remote}/{journal.Base}") ?? repository.Resolve(patched)!
            : journal.Facts.BaseCommit ?? repository.Resolve("HEAD")!;
    }
}

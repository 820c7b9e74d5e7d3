using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Registries;
using Slipway.Core.Release.Journal;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Checks the published artifacts after the tag is pushed (CI builds them from it), polling for
/// <c>artifacts-wait</c>. What is merely missing may still come, so the release waits here and
/// <c>slipway resume</c> checks again. What is there but wrong (a platform short, another chart
/// version) will not fix itself, and a registry that refuses or cannot be reached needs a person:
/// those fail the step, with its exit code, and resume checks again once they are fixed.
/// </summary>
public sealed class ArtifactsStep : IReleaseStep
{
    public string Name => StepNames.Artifacts;

    public bool AppliesTo(SlipwayConfig config, ReleaseJournal journal) => config.Artifacts.Artifacts.Count > 0;

    public StepResult Run(ReleaseContext context)
    {
        var checks = ArtifactCheck.For(context.Config.Artifacts, context.Version, context.Journal.Tag);
        var results = context.World.CheckArtifacts(checks, context.Settings.ArtifactsWait, new Progress(context));
        foreach (var result in results)
        {
            context.Info($"{result.Check.Reference}: {Describe(result.Status)} ({result.Detail})");
        }

        var wrong = results.Where(r => r.Status is ArtifactStatus.WrongPlatforms or ArtifactStatus.WrongVersion or ArtifactStatus.NotAChart).ToList();
        var denied = results.Where(r => r.Status == ArtifactStatus.Denied).ToList();
        var unreachable = results.Where(r => r.Status == ArtifactStatus.Unreachable).ToList();
        var fix = "then run 'slipway resume', which checks again ('slipway artifacts' shows the details)";
        if (wrong.Count > 0)
        {
            throw Failure(Errors.ArtifactsNotPublished, $"{wrong.Count} of {results.Count} artifact(s) published wrong", wrong, "fix the publishing job and publish them again for the same tag, " + fix);
        }

        if (denied.Count > 0)
        {
            throw Failure(Errors.RegistryDenied, $"a registry refused access to {denied.Count} artifact(s)", denied, "log in (docker login, podman login or skopeo login), " + fix);
        }

        if (unreachable.Count > 0)
        {
            throw Failure(Errors.ArtifactUnreachable, $"{unreachable.Count} artifact(s) could not be checked", unreachable, "check the network and the registry, " + fix);
        }

        var missing = results.Where(r => !r.IsGood).ToList();
        return missing.Count == 0
            ? StepResult.Done($"all {results.Count} artifact(s) are published")
            : StepResult.Waiting($"{missing.Count} of {results.Count} artifact(s) not published yet ({string.Join("; ", missing.Take(3).Select(r => $"{r.Check.Reference}: {Describe(r.Status)}"))}); when CI has published them, run 'slipway resume' (or 'slipway artifacts --wait 30m' first)", new ArtifactsWait());
    }

    public static string Describe(ArtifactStatus status) => status switch
    {
        ArtifactStatus.Present => "present",
        ArtifactStatus.Missing => "missing",
        ArtifactStatus.WrongPlatforms => "missing platforms",
        ArtifactStatus.WrongVersion => "wrong version",
        ArtifactStatus.NotAChart => "not a chart",
        ArtifactStatus.Denied => "access denied",
        _ => "unreachable",
    };

    private static SlipwayException Failure(ErrorKind kind, string message, IReadOnlyList<ArtifactResult> results, string hint) =>
        new(kind, message, hint, results.Select(r => $"{r.Check.Reference}: {Describe(r.Status)} ({r.Detail})").ToList());

    /// <summary>One line per round while polling, and only when what is still missing changed, so a long wait does not flood the log.</summary>
    private sealed class Progress(ReleaseContext context) : IArtifactObserver
    {
        private int _lastPending = -1;

        public void Checked(int round, IReadOnlyList<ArtifactResult> results, TimeSpan remaining)
        {
            var pending = results.Count(r => !r.IsGood);
            if (remaining > TimeSpan.Zero && pending != _lastPending)
            {
                context.Info($"waiting for {pending} of {results.Count} artifact(s), {remaining.TotalMinutes:0.#} min left");
            }

            _lastPending = pending;
        }
    }
}

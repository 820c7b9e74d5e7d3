using Slipway.Core.Publishing;

namespace Slipway.Core.Release.Steps;

/// <summary>
/// Checks the published artifacts once, after the tag is pushed (CI builds them from it). When some are
/// not there yet the release waits here; <c>slipway resume</c> checks again, and <c>slipway artifacts
/// --wait</c> polls.
/// </summary>
public sealed class ArtifactsStep : IReleaseStep
{
    public string Name => StepNames.Artifacts;

    public StepResult Run(ReleaseContext context)
    {
        var settings = context.Config.Artifacts;
        var checks = ArtifactCheck.For(settings, context.Version, context.Journal.Tag);
        using var verifier = new ArtifactVerifier(settings.Registries, RegistryCredentials.FromEnvironment());
        var results = verifier.CheckAsync(checks).GetAwaiter().GetResult();
        foreach (var result in results)
        {
            context.Info(Name, $"{result.Check.Reference}: {Describe(result.Status)} ({result.Detail})");
        }

        var notGood = results.Where(r => !r.IsGood).ToList();
        return notGood.Count == 0
            ? StepResult.Done($"all {results.Count} artifact(s) are published")
            : StepResult.Waiting($"{notGood.Count} of {results.Count} artifact(s) not published yet ({string.Join("; ", notGood.Take(3).Select(r => $"{r.Check.Reference}: {Describe(r.Status)}"))}); when CI has published them, run 'slipway resume' (or 'slipway artifacts --wait 30m' first)");
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
}

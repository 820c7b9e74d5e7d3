using System.CommandLine;
using System.Text.Json;
using Slipway.Cli.Infrastructure;
using Slipway.Cli.Output;
using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Hosting;
using Slipway.Core.Registries;
using Slipway.Core.Versioning;
using Spectre.Console;

namespace Slipway.Cli.Commands;

/// <summary>
/// <c>slipway artifacts</c>: checks that the release's images, charts and URLs are published as configured;
/// exit 0 when all are, 1 when one is missing or wrong, 4 when a registry or URL could not be asked.
/// </summary>
internal sealed class ArtifactsCommand(CommandContext context) : ICliCommand
{
    private readonly Option<string?> _version = new Option<string?>("--version") { Description = "The release whose artifacts to check (default: the version the references hold)", HelpName = "VERSION" }.TaggedVersions(context);
    private readonly Option<string?> _wait = new("--wait") { Description = "Check again until all artifacts are there or this much time has passed (90s, 30m, 1h)", HelpName = "DURATION" };

    public Command Build()
    {
        var command = new Command("artifacts", "Check that the release's images, charts and URLs are published: platforms, chart versions, digests");
        command.Options.Add(_version);
        command.Options.Add(_wait);
        command.SetAction(parse => Run(context.Open(parse), parse.GetValue(_version), parse.GetValue(_wait)));
        return command;
    }

    private static int Run(Invocation run, string? versionText, string? waitText)
    {
        var wait = TimeSpan.Zero;
        if (waitText is not null && !DurationText.TryParse(waitText, out wait))
        {
            throw new SlipwayException(Errors.InvalidDuration, $"--wait: '{waitText}' is not a duration", $"write it as {DurationText.Examples}, at most {DurationText.MaximumText}");
        }

        var config = run.Config;
        if (config.Artifacts.Artifacts.Count == 0)
        {
            throw new SlipwayException(Errors.ConfigInvalid, $"{run.Display(config.FilePath)} lists no artifacts", "add an 'artifacts:' list (see docs/configuration.md)");
        }

        var version = versionText is not null ? VersionArgument.Parse(versionText, "--version")
            : CurrentVersion.OfReferences(run) ?? throw new SlipwayException(Errors.NoCurrentVersion, "the references hold no single version", "pass --version VERSION");
        var tag = config.Tag.TagFor(version);
        var checks = ArtifactCheck.For(config.Artifacts, version, tag);

        using var verifier = new ArtifactVerifier(config.Artifacts.Registries, new RegistryCredentials(run.Host.Variable));
        var results = waitText is null
            ? verifier.CheckAsync(checks).GetAwaiter().GetResult()
            : new ArtifactWaiter(verifier, TimeProvider.System).WaitAsync(checks, wait, Progress(run)).GetAwaiter().GetResult();

        Render(run, version, tag, results);
        return Verdict(results) is { } error ? throw error : 0;
    }

    private static IArtifactObserver Progress(Invocation run) => run.Json
        ? new SilentArtifactObserver()
        : new ArtifactProgressWriter(run.IO.Error, run.IO.ErrorIsTerminal);

    private static void Render(Invocation run, SemVersion version, string tag, IReadOnlyList<ArtifactResult> results)
    {
        if (run.Json)
        {
            var json = new ArtifactsJson(version.ToString(), tag, results.All(r => r.IsGood), results.Select(ArtifactJson.From).ToList());
            run.Out.WriteLine(JsonSerializer.Serialize(json, SlipwayJson.Output.ArtifactsJson));
            return;
        }

        run.Console.Write(ArtifactTable.Build(results));
        if (results.All(r => r.IsGood))
        {
            run.Console.MarkupLine($"[green]ok:[/] all {results.Count} artifact(s) of {version} are published.");
        }
    }

    /// <summary>Unreachable or refused wins over missing: the check could not be completed.</summary>
    private static SlipwayException? Verdict(IReadOnlyList<ArtifactResult> results)
    {
        var bad = results.Where(r => !r.IsGood).ToList();
        if (bad.Count == 0)
        {
            return null;
        }

        var details = bad.Select(r => $"{r.Check.Reference}: {ArtifactTable.StatusText(r.Status)}: {r.Detail}").ToList();
        if (bad.Any(r => r.Status == ArtifactStatus.Unreachable))
        {
            return new SlipwayException(Errors.ArtifactUnreachable, $"{bad.Count(r => r.Status == ArtifactStatus.Unreachable)} artifact(s) could not be checked", "check the network and the registry, then run 'slipway artifacts' again", details);
        }

        if (bad.Any(r => r.Status == ArtifactStatus.Denied))
        {
            return new SlipwayException(Errors.RegistryDenied, "a registry refused access", "log in (docker login, podman login or skopeo login), or set REGISTRY_AUTH_FILE", details);
        }

        return new SlipwayException(Errors.ArtifactsNotPublished, $"{bad.Count} of {results.Count} artifact(s) are missing or wrong", "if CI is still publishing, wait for it: slipway artifacts --wait 30m", details);
    }
}

using System.Text.Json;

namespace Slipway.Core.Registries;

/// <summary>
/// Checks a Helm chart stored as an OCI artifact: a manifest whose config has Helm's media type and
/// declares the expected version, with a chart content layer.
/// </summary>
internal static class ChartCheck
{
    public const string ConfigMediaType = "application/vnd.cncf.helm.config.v1+json";
    public const string ContentMediaType = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";

    public static async Task<ArtifactResult> RunAsync(RegistryClient client, ArtifactCheck check, CancellationToken cancellation)
    {
        var image = check.Image!;
        if (await client.GetManifestAsync(image, image.Reference, cancellation).ConfigureAwait(false) is not { } manifest)
        {
            return new ArtifactResult(check, ArtifactStatus.Missing, $"{image.Registry} has no {image.Reference} in {image.Repository}");
        }

        var document = manifest.Document;
        var notAChart = document.IsIndex ? "an image index, not a Helm chart"
            : document.Config?.MediaType != ConfigMediaType ? $"not a Helm chart: its config is '{document.Config?.MediaType}', a chart's is {ConfigMediaType}"
            : !document.Layers.Any(l => l.MediaType == ContentMediaType) ? $"not a Helm chart: no layer of type {ContentMediaType}"
            : null;
        if (notAChart is not null)
        {
            return new ArtifactResult(check, ArtifactStatus.NotAChart, notAChart) { Digest = manifest.Digest };
        }

        var blob = await client.GetBlobAsync(image, document.Config!.Digest, cancellation).ConfigureAwait(false);
        var (name, version) = blob is null ? (null, null) : Read(blob);
        if (version is null)
        {
            var why = blob is null ? $"its config blob {ImageCheck.Short(document.Config.Digest)} is missing" : "its config declares no version";
            return new ArtifactResult(check, ArtifactStatus.NotAChart, $"not a usable Helm chart: {why}") { Digest = manifest.Digest };
        }

        var chart = name is null ? version : $"{name} {version}";
        return version == check.ChartVersion
            ? new ArtifactResult(check, ArtifactStatus.Present, $"chart {chart}") { Digest = manifest.Digest, FoundVersion = version }
            : new ArtifactResult(check, ArtifactStatus.WrongVersion, $"chart version is {version}, expected {check.ChartVersion}") { Digest = manifest.Digest, FoundVersion = version };
    }

    private static (string? Name, string? Version) Read(byte[] blob)
    {
        try
        {
            using var json = JsonDocument.Parse(blob);
            return json.RootElement.ValueKind == JsonValueKind.Object
                ? (ManifestDocument.Text(json.RootElement, "name"), ManifestDocument.Text(json.RootElement, "version"))
                : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}

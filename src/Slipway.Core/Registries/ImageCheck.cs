using System.Text.Json;
using Slipway.Core.Configuration;

namespace Slipway.Core.Registries;

/// <summary>
/// Checks an image: the tag exists, and it holds every required platform. An index is followed to each
/// required platform's manifest (an index entry whose manifest is gone does not count); a single
/// manifest's platform is read from its config.
/// </summary>
internal static class ImageCheck
{
    public static async Task<ArtifactResult> RunAsync(RegistryClient client, ArtifactCheck check, CancellationToken cancellation)
    {
        var image = check.Image!;
        if (await client.GetManifestAsync(image, image.Reference, cancellation).ConfigureAwait(false) is not { } manifest)
        {
            return new ArtifactResult(check, ArtifactStatus.Missing, $"{image.Registry} has no {image.Reference} in {image.Repository}");
        }

        var offered = new List<(Platform Platform, string Digest)>();
        if (manifest.Document.IsIndex)
        {
            // unknown/unknown entries are attestations that buildkit adds beside the images.
            offered.AddRange(manifest.Document.Manifests.Where(m => m.Platform is { Os: not "unknown" }).Select(m => (m.Platform!, m.Digest)));
        }
        else if (await PlatformOfAsync(client, image, manifest.Document, cancellation).ConfigureAwait(false) is { } platform)
        {
            offered.Add((platform, manifest.Digest));
        }

        var missing = new List<string>();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var required in check.Platforms)
        {
            var match = offered.FirstOrDefault(o => required.IsSatisfiedBy(o.Platform));
            if (match.Platform is null)
            {
                missing.Add(required.ToString());
            }
            else if (manifest.Document.IsIndex && !await client.ManifestExistsAsync(image, match.Digest, cancellation).ConfigureAwait(false))
            {
                missing.Add($"{required} (listed, but its manifest {Short(match.Digest)} is missing)");
            }
            else
            {
                found[required.ToString()] = match.Digest;
            }
        }

        var has = offered.Count == 0 ? "no platform" : string.Join(", ", offered.Select(o => o.Platform.ToString()).Distinct(StringComparer.Ordinal));
        if (missing.Count > 0)
        {
            return new ArtifactResult(check, ArtifactStatus.WrongPlatforms, $"missing {string.Join(", ", missing)}; has {has}")
            {
                Digest = manifest.Digest,
                PlatformDigests = found,
                MissingPlatforms = missing.Select(m => m.Split(' ')[0]).ToList(),
            };
        }

        return new ArtifactResult(check, ArtifactStatus.Present, has) { Digest = manifest.Digest, PlatformDigests = found };
    }

    public static string Short(string digest) => digest.Length > 19 ? digest[..19] : digest;

    private static async Task<Platform?> PlatformOfAsync(RegistryClient client, ImageReference image, ManifestDocument document, CancellationToken cancellation)
    {
        if (document.Config is not { } config || await client.GetBlobAsync(image, config.Digest, cancellation).ConfigureAwait(false) is not { } blob)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(blob);
            var root = json.RootElement;
            return root.ValueKind == JsonValueKind.Object && ManifestDocument.Text(root, "os") is { } os && ManifestDocument.Text(root, "architecture") is { } arch
                ? new Platform(os, arch, ManifestDocument.Text(root, "variant") is { Length: > 0 } v ? v : null)
                : null;
        }
        catch (JsonException)
        {
            return null; // not an image config (an artifact's): it offers no platform
        }
    }
}

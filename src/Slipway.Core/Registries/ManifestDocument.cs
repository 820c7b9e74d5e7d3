using System.Text.Json;
using Slipway.Core.Configuration;

namespace Slipway.Core.Registries;

/// <summary>A content descriptor: what a manifest or index points at.</summary>
public sealed record Descriptor(string MediaType, string Digest, Platform? Platform);

/// <summary>
/// An image manifest or an index (OCI or Docker v2), reduced to what checks need: the child manifests
/// with their platforms, or the config and layers. Every descriptor's digest is checked here: the
/// checks put them into URLs.
/// </summary>
public sealed record ManifestDocument(string MediaType, IReadOnlyList<Descriptor> Manifests, Descriptor? Config, IReadOnlyList<Descriptor> Layers)
{
    public const string OciIndex = "application/vnd.oci.image.index.v1+json";
    public const string OciManifest = "application/vnd.oci.image.manifest.v1+json";
    public const string DockerList = "application/vnd.docker.distribution.manifest.list.v2+json";
    public const string DockerManifest = "application/vnd.docker.distribution.manifest.v2+json";

    /// <summary>Every media type Slipway reads; a registry answers 404 for an index whose type the request does not accept.</summary>
    public static readonly IReadOnlyList<string> Accepted = [OciIndex, OciManifest, DockerList, DockerManifest];

    public bool IsIndex => MediaType is OciIndex or DockerList;

    /// <exception cref="RegistryProblemException">The body is not a manifest or index.</exception>
    public static ManifestDocument Parse(byte[] body, string? contentType, string what)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Garbage(what, "not a JSON object");
            }

            var mediaType = Text(root, "mediaType") ?? contentType?.Split(';')[0].Trim() ?? string.Empty;
            if (mediaType is not (OciIndex or DockerList) && root.TryGetProperty("manifests", out _))
            {
                mediaType = OciIndex; // an OCI index may leave its mediaType out
            }

            var manifests = Descriptors(root, "manifests", what);
            var config = root.TryGetProperty("config", out var c) ? DescriptorOf(c, what) : null;
            if (mediaType is not (OciIndex or DockerList) && config is null)
            {
                throw Garbage(what, "neither an index (no 'manifests') nor a manifest (no 'config')");
            }

            return new ManifestDocument(mediaType, manifests, config, Descriptors(root, "layers", what));
        }
        catch (JsonException e)
        {
            throw Garbage(what, $"not JSON ({e.Message.Split('.')[0]})");
        }
    }

    private static List<Descriptor> Descriptors(JsonElement root, string name, string what) =>
        root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(d => DescriptorOf(d, what)).ToList()
            : [];

    private static Descriptor DescriptorOf(JsonElement element, string what)
    {
        if (element.ValueKind != JsonValueKind.Object || Text(element, "digest") is not { } digest)
        {
            throw Garbage(what, "a descriptor without a digest");
        }

        if (!OciNames.IsDigest(digest))
        {
            throw Garbage(what, $"a descriptor whose digest '{OciNames.Quote(digest)}' is not one (sha256: and 64 hex digits, or sha512: and 128)");
        }

        Platform? platform = null;
        if (element.TryGetProperty("platform", out var p) && p.ValueKind == JsonValueKind.Object && Text(p, "os") is { } os && Text(p, "architecture") is { } arch)
        {
            platform = new Platform(os, arch, Text(p, "variant") is { Length: > 0 } v ? v : null);
        }

        return new Descriptor(Text(element, "mediaType") ?? string.Empty, digest, platform);
    }

    public static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static RegistryProblemException Garbage(string what, string why) =>
        new(ArtifactStatus.Unreachable, $"the registry answered something that is not a manifest for {what}: {why}");
}

using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Slipway.EndToEnd.Tests.Support.Registry;

/// <summary>
/// Builds an OCI image layout (oci-layout, index.json, blobs/sha256) by hand, with deterministic blobs,
/// for skopeo to copy into a registry: multi-arch image indexes, single-arch images and Helm charts.
/// </summary>
public sealed class OciLayout
{
    public const string OciIndex = "application/vnd.oci.image.index.v1+json";
    public const string OciManifest = "application/vnd.oci.image.manifest.v1+json";
    private readonly List<string> _tags = [];

    public OciLayout(string directory)
    {
        Directory = directory;
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "blobs", "sha256"));
        File.WriteAllText(Path.Combine(directory, "oci-layout"), """{"imageLayoutVersion":"1.0.0"}""");
    }

    public string Directory { get; }

    /// <summary>An index over one image per platform ("linux/amd64"), tagged <paramref name="tag"/> in the layout; returns the index digest.</summary>
    public string AddIndex(string tag, string label, params string[] platforms)
    {
        var entries = platforms.Select(platform =>
        {
            var (digest, size) = Image(platform, label);
            var parts = platform.Split('/');
            var variant = parts.Length > 2 ? $",\"variant\":\"{parts[2]}\"" : string.Empty;
            return $"{{\"mediaType\":\"{OciManifest}\",\"digest\":\"{digest}\",\"size\":{size},\"platform\":{{\"architecture\":\"{parts[1]}\",\"os\":\"{parts[0]}\"{variant}}}}}";
        });
        var (index, indexSize) = Blob($"{{\"schemaVersion\":2,\"mediaType\":\"{OciIndex}\",\"manifests\":[{string.Join(',', entries)}]}}");
        Tag(tag, OciIndex, index, indexSize);
        return index;
    }

    /// <summary>A single-platform image manifest tagged <paramref name="tag"/>; returns its digest.</summary>
    public string AddImage(string tag, string label, string platform)
    {
        var (digest, size) = Image(platform, label);
        Tag(tag, OciManifest, digest, size);
        return digest;
    }

    /// <summary>A Helm chart as an OCI artifact whose config declares <paramref name="version"/>; returns the manifest digest.</summary>
    public string AddChart(string tag, string name, string version)
    {
        var (layer, layerSize) = Blob(TarGz($"{name}/Chart.yaml", $"apiVersion: v2\nname: {name}\nversion: {version}\n"));
        var (config, configSize) = Blob($"{{\"apiVersion\":\"v2\",\"name\":\"{name}\",\"version\":\"{version}\",\"type\":\"application\"}}");
        var (manifest, size) = Blob($"{{\"schemaVersion\":2,\"mediaType\":\"{OciManifest}\",\"config\":{{\"mediaType\":\"application/vnd.cncf.helm.config.v1+json\",\"digest\":\"{config}\",\"size\":{configSize}}},\"layers\":[{{\"mediaType\":\"application/vnd.cncf.helm.chart.content.v1.tar+gzip\",\"digest\":\"{layer}\",\"size\":{layerSize}}}]}}");
        Tag(tag, OciManifest, manifest, size);
        return manifest;
    }

    private (string Digest, long Size) Image(string platform, string label)
    {
        var parts = platform.Split('/');
        var tar = TarBytes("etc/hello.txt", $"hello from {platform} ({label})\n");
        var diffId = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(tar));
        var (layer, layerSize) = Blob(Gzip(tar));
        var variant = parts.Length > 2 ? $",\"variant\":\"{parts[2]}\"" : string.Empty;
        var (config, configSize) = Blob($"{{\"architecture\":\"{parts[1]}\",\"os\":\"{parts[0]}\"{variant},\"config\":{{}},\"rootfs\":{{\"type\":\"layers\",\"diff_ids\":[\"{diffId}\"]}}}}");
        return Blob($"{{\"schemaVersion\":2,\"mediaType\":\"{OciManifest}\",\"config\":{{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"{config}\",\"size\":{configSize}}},\"layers\":[{{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"{layer}\",\"size\":{layerSize}}}]}}");
    }

    private void Tag(string tag, string mediaType, string digest, long size)
    {
        _tags.Add($"{{\"mediaType\":\"{mediaType}\",\"digest\":\"{digest}\",\"size\":{size},\"annotations\":{{\"org.opencontainers.image.ref.name\":\"{tag}\"}}}}");
        File.WriteAllText(Path.Combine(Directory, "index.json"), $"{{\"schemaVersion\":2,\"mediaType\":\"{OciIndex}\",\"manifests\":[{string.Join(',', _tags)}]}}");
    }

    private (string Digest, long Size) Blob(string text) => Blob(Encoding.UTF8.GetBytes(text));

    private (string Digest, long Size) Blob(byte[] bytes)
    {
        var hex = Convert.ToHexStringLower(SHA256.HashData(bytes));
        File.WriteAllBytes(Path.Combine(Directory, "blobs", "sha256", hex), bytes);
        return ("sha256:" + hex, bytes.Length);
    }

    private static byte[] TarGz(string path, string text) => Gzip(TarBytes(path, text));

    private static byte[] TarBytes(string path, string text)
    {
        using var buffer = new MemoryStream();
        using (var writer = new TarWriter(buffer, TarEntryFormat.Ustar, leaveOpen: true))
        {
            var entry = new UstarTarEntry(TarEntryType.RegularFile, path)
            {
                ModificationTime = DateTimeOffset.UnixEpoch,
                DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)),
            };
            writer.WriteEntry(entry);
        }

        return buffer.ToArray();
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }
}

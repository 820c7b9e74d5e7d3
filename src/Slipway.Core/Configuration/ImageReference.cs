using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text.RegularExpressions;

namespace Slipway.Core.Configuration;

/// <summary>
/// An image or chart in a registry: <c>host[:port]/repo/path:tag</c> or <c>…@sha256:…</c>. Names without a
/// registry are Docker Hub's, as docker pull reads them: <c>nginx</c> is registry-1.docker.io/library/nginx.
/// </summary>
public sealed partial record ImageReference(string Registry, string Repository, string? Tag, string? Digest)
{
    public const string DockerHub = "registry-1.docker.io";

    /// <summary>What the manifest endpoint is asked for: the digest when there is one, else the tag.</summary>
    public string Reference => Digest ?? Tag ?? "latest";

    /// <summary>The registry's host without the port, for the loopback test.</summary>
    public string Host => HostOf(Registry);

    public override string ToString() => $"{Registry}/{Repository}" + (Digest is not null ? "@" + Digest : ":" + (Tag ?? "latest"));

    public static bool TryParse(string text, [NotNullWhen(true)] out ImageReference? reference, out string error)
    {
        reference = null;
        var rest = text;
        string? digest = null;
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = rest[(at + 1)..];
            rest = rest[..at];
            if (!OciNames.IsDigest(digest))
            {
                error = $"'{digest}' is not a digest (sha256: and 64 hex digits, or sha512: and 128)";
                return false;
            }
        }

        string? tag = null;
        var colon = rest.LastIndexOf(':');
        if (colon > rest.LastIndexOf('/'))
        {
            tag = rest[(colon + 1)..];
            rest = rest[..colon];
            if (!OciNames.IsTag(tag))
            {
                error = $"'{tag}' is not a valid tag (letters, digits, '_', '.', '-'; at most 128)";
                return false;
            }
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? string.Empty : rest[..slash];
        var explicitRegistry = first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || first == "localhost";
        var registry = explicitRegistry ? first : "docker.io";
        var repository = explicitRegistry ? rest[(slash + 1)..] : rest;
        if (registry is "docker.io" or "index.docker.io")
        {
            registry = DockerHub;
            repository = repository.Contains('/', StringComparison.Ordinal) ? repository : "library/" + repository;
        }

        if (!RegistryPattern().IsMatch(registry))
        {
            error = $"'{registry}' is not a registry host (host or host:port)";
            return false;
        }

        if (!OciNames.IsRepository(repository))
        {
            error = $"'{repository}' is not a repository name (lower-case path components such as org/name)";
            return false;
        }

        error = string.Empty;
        reference = new ImageReference(registry, repository, tag ?? (digest is null ? "latest" : null), digest);
        return true;
    }

    /// <summary>True for 127.0.0.0/8, ::1 and localhost: registries on this machine, where plain HTTP is allowed.</summary>
    public static bool IsLoopback(string registry)
    {
        var host = HostOf(registry);
        return host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    public static string HostOf(string registry)
    {
        if (registry.StartsWith('['))
        {
            var close = registry.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? registry[1..close] : registry;
        }

        var colon = registry.LastIndexOf(':');
        return colon >= 0 ? registry[..colon] : registry;
    }

    [GeneratedRegex(@"^([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?$")]
    private static partial Regex RegistryPattern();
}

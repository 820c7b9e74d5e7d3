using System.Text;
using System.Text.Json;
using Slipway.Core.Configuration;

namespace Slipway.Core.Registries;

/// <summary>A user name and password (or token) for one registry. Never printed: ToString hides them.</summary>
public sealed record RegistryLogin(string User, string Password)
{
    public override string ToString() => "RegistryLogin { *** }";
}

/// <summary>
/// Finds a registry's login in the files docker, podman and skopeo keep: <c>$REGISTRY_AUTH_FILE</c>,
/// <c>$XDG_RUNTIME_DIR/containers/auth.json</c>, then <c>$DOCKER_CONFIG/config.json</c> (or
/// <c>~/.docker/config.json</c>); the first file that names the registry wins, as with podman.
/// Credential helpers (credsStore) are not run.
/// </summary>
public sealed class RegistryCredentials(Func<string, string?> environment)
{
    /// <summary>The files searched, in order, for messages that say where a login was looked for.</summary>
    public IReadOnlyList<string> Files
    {
        get
        {
            var files = new List<string>();
            if (environment("REGISTRY_AUTH_FILE") is { Length: > 0 } authFile)
            {
                files.Add(authFile);
            }

            if (environment("XDG_RUNTIME_DIR") is { Length: > 0 } runtime)
            {
                files.Add(Path.Combine(runtime, "containers", "auth.json"));
            }

            if (environment("DOCKER_CONFIG") is { Length: > 0 } dockerConfig)
            {
                files.Add(Path.Combine(dockerConfig, "config.json"));
            }
            else if (environment("HOME") is { Length: > 0 } home)
            {
                files.Add(Path.Combine(home, ".docker", "config.json"));
            }

            return files;
        }
    }

    public RegistryLogin? For(string registry)
    {
        foreach (var file in Files)
        {
            if (Read(file, registry) is { } login)
            {
                return login;
            }
        }

        return null;
    }

    private static RegistryLogin? Read(string file, string registry)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null; // an absent or unreadable file is one that names no registry
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("auths", out var auths) || auths.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var entry in auths.EnumerateObject())
            {
                if (Names(entry.Name, registry) && entry.Value.ValueKind == JsonValueKind.Object && LoginOf(entry.Value) is { } login)
                {
                    return login;
                }
            }
        }

        return null;
    }

    private static RegistryLogin? LoginOf(JsonElement entry)
    {
        if (entry.TryGetProperty("auth", out var auth) && auth.ValueKind == JsonValueKind.String && auth.GetString() is { Length: > 0 } encoded)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    return new RegistryLogin(pair[..colon], pair[(colon + 1)..]);
                }
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return entry.TryGetProperty("username", out var user) && user.ValueKind == JsonValueKind.String
            && entry.TryGetProperty("password", out var password) && password.ValueKind == JsonValueKind.String
            ? new RegistryLogin(user.GetString()!, password.GetString()!)
            : null;
    }

    // Keys are written as "quay.io", "https://quay.io" or, for Docker Hub, "https://index.docker.io/v1/".
    private static bool Names(string key, string registry)
    {
        var host = key;
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        host = scheme >= 0 ? host[(scheme + 3)..] : host;
        var slash = host.IndexOf('/', StringComparison.Ordinal);
        host = slash >= 0 ? host[..slash] : host;
        if (registry == ImageReference.DockerHub)
        {
            return host is "docker.io" or "index.docker.io" or ImageReference.DockerHub;
        }

        return string.Equals(host, registry, StringComparison.OrdinalIgnoreCase);
    }
}

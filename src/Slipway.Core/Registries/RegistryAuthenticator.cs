using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Slipway.Core.Configuration;

namespace Slipway.Core.Registries;

/// <summary>
/// Answers a registry's 401: Bearer challenges get a pull token from the realm (anonymously, or with the
/// user's login from their auth files), Basic challenges get the login itself. Tokens are cached per
/// registry and scope. Neither logins nor tokens ever appear in a message.
/// </summary>
public sealed class RegistryAuthenticator(RetryingSender sender, RegistryCredentials credentials, RegistrySettings settings)
{
    private readonly ConcurrentDictionary<string, AuthenticationHeaderValue> _cache = new(StringComparer.Ordinal);

    public static string Scope(ImageReference image) => $"repository:{image.Repository}:pull";

    public AuthenticationHeaderValue? Cached(ImageReference image) =>
        _cache.TryGetValue(image.Registry + " " + Scope(image), out var token) ? token
        : _cache.TryGetValue(image.Registry, out var basic) ? basic
        : null;

    /// <summary>The Authorization header to retry with, after a 401 carrying <paramref name="challengeHeader"/>.</summary>
    public async Task<AuthenticationHeaderValue> AuthenticateAsync(ImageReference image, string? challengeHeader, CancellationToken cancellation)
    {
        var challenge = AuthChallenge.Parse(challengeHeader);
        var login = credentials.For(image.Registry);
        if (challenge is not null && challenge.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) && challenge["realm"] is { } realm)
        {
            var token = await TokenAsync(image, realm, challenge["service"], login, cancellation).ConfigureAwait(false);
            return _cache[image.Registry + " " + Scope(image)] = new AuthenticationHeaderValue("Bearer", token);
        }

        if (challenge is not null && !challenge.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            throw new RegistryProblemException(ArtifactStatus.Denied, $"{image.Registry} asks for '{challenge.Scheme}' authentication, which Slipway does not speak (Bearer and Basic only)");
        }

        if (login is null)
        {
            throw new RegistryProblemException(ArtifactStatus.Denied, $"{image.Registry} requires a login and none was found ({SearchedFiles()})");
        }

        return _cache[image.Registry] = Basic(login);
    }

    private async Task<string> TokenAsync(ImageReference image, string realm, string? service, RegistryLogin? login, CancellationToken cancellation)
    {
        if (!Uri.TryCreate(realm, UriKind.Absolute, out var realmUri) || realmUri.Scheme is not ("https" or "http"))
        {
            throw new RegistryProblemException(ArtifactStatus.Unreachable, $"{image.Registry} names a token realm that is not an HTTP(S) URL: '{realm}'");
        }

        // A login goes over plain HTTP only where the registry itself may be plain HTTP.
        var realmHost = realmUri.IsDefaultPort ? realmUri.Host : $"{realmUri.Host}:{realmUri.Port}";
        var sendLogin = login is not null && (realmUri.Scheme == "https" || settings.SchemeFor(realmHost) == "http");
        var query = new StringBuilder(realmUri.Query.Length > 1 ? realmUri.Query[1..] + "&" : string.Empty);
        if (service is not null)
        {
            query.Append("service=").Append(Uri.EscapeDataString(service)).Append('&');
        }

        query.Append("scope=").Append(Uri.EscapeDataString(Scope(image)));
        var uri = new UriBuilder(realmUri) { Query = query.ToString() }.Uri;
        using var response = await sender.SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Authorization = sendLogin ? Basic(login!) : null;
                return request;
            },
            keepBody: true,
            cancellation).ConfigureAwait(false);

        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new RegistryProblemException(ArtifactStatus.Denied, sendLogin
                ? $"the token service of {image.Registry} refused the login for it (HTTP {(int)response.StatusCode})"
                : $"the token service of {image.Registry} refused anonymous access (HTTP {(int)response.StatusCode}); no login found ({SearchedFiles()})");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new RegistryProblemException(ArtifactStatus.Unreachable, $"the token service of {image.Registry} answered HTTP {(int)response.StatusCode}");
        }

        return ReadToken(await response.Content.ReadAsByteArrayAsync(cancellation).ConfigureAwait(false))
            ?? throw new RegistryProblemException(ArtifactStatus.Unreachable, $"the token service of {image.Registry} answered without a token");
    }

    private static string? ReadToken(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            foreach (var name in (string[])["token", "access_token"])
            {
                if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var token)
                    && token.ValueKind == JsonValueKind.String && token.GetString() is { Length: > 0 } value)
                {
                    return value;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    private static AuthenticationHeaderValue Basic(RegistryLogin login) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login.User}:{login.Password}")));

    private string SearchedFiles() => credentials.Files.Count == 0
        ? "no auth file: set REGISTRY_AUTH_FILE or DOCKER_CONFIG, or log in with docker, podman or skopeo"
        : "searched " + string.Join(", ", credentials.Files);
}

using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Slipway.Core.Configuration;

namespace Slipway.Core.Registries;

/// <summary>A manifest as fetched: the parsed document and its digest.</summary>
public sealed record FetchedManifest(ManifestDocument Document, string Digest);

/// <summary>
/// The read side of the OCI distribution API that checks need: manifests by tag or digest, whether a
/// manifest exists, and small blobs (configs). Authenticates on 401 and retries through the sender.
/// </summary>
public sealed class RegistryClient(RetryingSender sender, RegistryAuthenticator authenticator, RegistrySettings settings)
{
    private const int LargestDocument = 4 << 20;

    /// <summary>The manifest or index, or null when the registry does not have it (404).</summary>
    public async Task<FetchedManifest?> GetManifestAsync(ImageReference image, string reference, CancellationToken cancellation)
    {
        using var response = await SendAsync(image, HttpMethod.Get, $"manifests/{reference}", cancellation).ConfigureAwait(false);
        if (response is null)
        {
            return null;
        }

        var body = await ReadAsync(response, image, cancellation).ConfigureAwait(false);
        var digest = response.Headers.TryGetValues("Docker-Content-Digest", out var values) && values.FirstOrDefault() is { Length: > 0 } header
            ? header
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body));
        var document = ManifestDocument.Parse(body, response.Content.Headers.ContentType?.MediaType, $"{image.Registry}/{image.Repository}:{reference}");
        return new FetchedManifest(document, digest);
    }

    public async Task<bool> ManifestExistsAsync(ImageReference image, string digest, CancellationToken cancellation)
    {
        using var response = await SendAsync(image, HttpMethod.Head, $"manifests/{digest}", cancellation).ConfigureAwait(false);
        return response is not null;
    }

    /// <summary>A small blob (a config), or null when it is missing.</summary>
    public async Task<byte[]?> GetBlobAsync(ImageReference image, string digest, CancellationToken cancellation)
    {
        using var response = await SendAsync(image, HttpMethod.Get, $"blobs/{digest}", cancellation).ConfigureAwait(false);
        return response is null ? null : await ReadAsync(response, image, cancellation).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage?> SendAsync(ImageReference image, HttpMethod method, string path, CancellationToken cancellation)
    {
        var uri = new Uri($"{settings.SchemeFor(image.Registry)}://{image.Registry}/v2/{image.Repository}/{path}");
        var authorization = authenticator.Cached(image);
        var response = await sender.SendAsync(() => Request(method, uri, authorization), cancellation).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            // A first request, or a cached token that expired: authenticate once and try again.
            var challenge = response.Headers.NonValidated.TryGetValues("WWW-Authenticate", out var values) ? values.FirstOrDefault() : null;
            response.Dispose();
            authorization = await authenticator.AuthenticateAsync(image, challenge, cancellation).ConfigureAwait(false);
            response = await sender.SendAsync(() => Request(method, uri, authorization), cancellation).ConfigureAwait(false);
        }

        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                return response;
            case HttpStatusCode.NotFound:
                response.Dispose();
                return null;
            case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                response.Dispose();
                throw new RegistryProblemException(ArtifactStatus.Denied, $"{image.Registry} refused access to {image.Repository} (HTTP {(int)response.StatusCode}); check the login for {image.Registry}");
            default:
                var status = (int)response.StatusCode;
                response.Dispose();
                throw new RegistryProblemException(ArtifactStatus.Unreachable, $"{image.Registry} answered HTTP {status} for {image.Repository}/{path.Split('/')[0]}");
        }
    }

    private static HttpRequestMessage Request(HttpMethod method, Uri uri, AuthenticationHeaderValue? authorization)
    {
        var request = new HttpRequestMessage(method, uri);
        foreach (var type in ManifestDocument.Accepted)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(type));
        }

        request.Headers.Authorization = authorization;
        return request;
    }

    private static async Task<byte[]> ReadAsync(HttpResponseMessage response, ImageReference image, CancellationToken cancellation)
    {
        if (response.Content.Headers.ContentLength > LargestDocument)
        {
            throw new RegistryProblemException(ArtifactStatus.Unreachable, $"{image.Registry} sent a document larger than {LargestDocument >> 20} MiB for {image.Repository}");
        }

        return await response.Content.ReadAsByteArrayAsync(cancellation).ConfigureAwait(false);
    }
}

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
/// Every repository name, tag and digest is checked against OCI's grammar before it becomes a path.
/// </summary>
public sealed class RegistryClient(RetryingSender sender, RegistryAuthenticator authenticator, RegistrySettings settings)
{
    /// <summary>The manifest or index, or null when the registry does not have it (404).</summary>
    public async Task<FetchedManifest?> GetManifestAsync(ImageReference image, string reference, CancellationToken cancellation)
    {
        using var response = await SendAsync(image, HttpMethod.Get, "manifests", reference, cancellation).ConfigureAwait(false);
        if (response is null)
        {
            return null;
        }

        var what = $"{image.Registry}/{image.Repository}:{reference}";
        var body = await response.Content.ReadAsByteArrayAsync(cancellation).ConfigureAwait(false);
        var digest = response.Headers.TryGetValues("Docker-Content-Digest", out var values) && values.FirstOrDefault() is { Length: > 0 } header
            ? header
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body));
        if (!OciNames.IsDigest(digest))
        {
            throw new RegistryProblemException(ArtifactStatus.Unreachable, $"the registry answered a Docker-Content-Digest that is not a digest for {what}: '{OciNames.Quote(digest)}'");
        }

        return new FetchedManifest(ManifestDocument.Parse(body, response.Content.Headers.ContentType?.MediaType, what), digest);
    }

    public async Task<bool> ManifestExistsAsync(ImageReference image, string digest, CancellationToken cancellation)
    {
        using var response = await SendAsync(image, HttpMethod.Head, "manifests", digest, cancellation).ConfigureAwait(false);
        return response is not null;
    }

    /// <summary>A small blob (a config), or null when it is missing.</summary>
    public async Task<byte[]?> GetBlobAsync(ImageReference image, string digest, CancellationToken cancellation)
    {
        using var response = await SendAsync(image, HttpMethod.Get, "blobs", digest, cancellation).ConfigureAwait(false);
        return response is null ? null : await response.Content.ReadAsByteArrayAsync(cancellation).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage?> SendAsync(ImageReference image, HttpMethod method, string kind, string reference, CancellationToken cancellation)
    {
        var uri = Address(image, kind, reference);
        var authorization = authenticator.Cached(image);
        var response = await sender.SendAsync(() => Request(method, uri, authorization), keepBody: true, cancellation).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            // A first request, or a cached token that expired: authenticate once and try again.
            var challenge = response.Headers.NonValidated.TryGetValues("WWW-Authenticate", out var values) ? values.FirstOrDefault() : null;
            response.Dispose();
            authorization = await authenticator.AuthenticateAsync(image, challenge, cancellation).ConfigureAwait(false);
            response = await sender.SendAsync(() => Request(method, uri, authorization), keepBody: true, cancellation).ConfigureAwait(false);
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
                throw new RegistryProblemException(ArtifactStatus.Unreachable, $"{image.Registry} answered HTTP {status} for {image.Repository}/{kind}");
        }
    }

    // A blob is named by its digest alone; a manifest by a digest or a tag.
    private Uri Address(ImageReference image, string kind, string reference)
    {
        var valid = OciNames.IsRepository(image.Repository) && (OciNames.IsDigest(reference) || (kind == "manifests" && OciNames.IsTag(reference)));
        return valid
            ? new Uri($"{settings.SchemeFor(image.Registry)}://{image.Registry}/v2/{image.Repository}/{kind}/{reference}")
            : throw new RegistryProblemException(ArtifactStatus.Unreachable,
                $"Slipway does not ask {image.Registry} for {kind} '{OciNames.Quote(reference)}' of '{OciNames.Quote(image.Repository)}': not an OCI repository name and {(kind == "blobs" ? "digest" : "tag or digest")}");
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
}

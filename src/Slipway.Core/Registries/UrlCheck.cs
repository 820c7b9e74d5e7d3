using System.Net;

namespace Slipway.Core.Registries;

/// <summary>Checks a URL that answers 200 once the release is published (a crate's page, an RPM repository).</summary>
internal static class UrlCheck
{
    public static async Task<ArtifactResult> RunAsync(RetryingSender sender, ArtifactCheck check, CancellationToken cancellation)
    {
        if (!Uri.TryCreate(check.Reference, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return new ArtifactResult(check, ArtifactStatus.Missing, "not an http(s) URL");
        }

        using var response = await sender.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), keepBody: false, cancellation).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        return response.StatusCode switch
        {
            HttpStatusCode.OK => new ArtifactResult(check, ArtifactStatus.Present, "HTTP 200"),
            _ when status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests =>
                new ArtifactResult(check, ArtifactStatus.Unreachable, $"{uri.Host} answered HTTP {status}"),
            _ => new ArtifactResult(check, ArtifactStatus.Missing, $"HTTP {status}, expected 200"),
        };
    }
}

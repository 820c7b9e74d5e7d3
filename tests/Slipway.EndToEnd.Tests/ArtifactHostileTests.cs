using System.IO.Compression;
using Slipway.Core.Configuration;
using Slipway.Core.Registries;
using Slipway.EndToEnd.Tests.Support.Registry;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// Registries that attack the client: bodies without end, compression bombs, and digests that walk
/// out of the URL. Each is that artifact's clear result; memory stays bounded and no crafted path is
/// ever requested.
/// </summary>
public sealed class ArtifactHostileTests
{
    private const string ManifestType = "application/vnd.oci.image.manifest.v1+json";
    private const string IndexType = "application/vnd.oci.image.index.v1+json";
    private static readonly string Sha256 = "sha256:" + new string('a', 64);
    private static readonly RegistrySettings Quick = RegistrySettings.Default with
    {
        Timeout = TimeSpan.FromSeconds(20),
        Retries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
    };

    [Fact]
    public async Task A_manifest_without_a_length_is_read_only_up_to_4_MiB()
    {
        using var server = new FaultServer((_, _) => new FaultAnswer(200, ContentType: ManifestType) { EndlessBytes = 600L << 20 });
        var result = await Verify(server.Address);
        result.Status.ShouldBe(ArtifactStatus.Unreachable);
        result.Detail.ShouldBe($"{server.Address} sent more than 4 MiB for /v2/demo/app/manifests/v1, more than any manifest or token may be");
        server.Requests.ShouldBe(1); // too large is not transient: never fetched again
        await WaitUntilTheServerStops(server);
        server.BodyBytesSent.ShouldBeLessThan(64L << 20); // the client stopped reading; it did not take the 600 MB
    }

    [Fact]
    public async Task A_compressed_manifest_is_limited_by_what_it_inflates_to()
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(new byte[16 << 20]);
        }

        var bomb = packed.ToArray();
        bomb.Length.ShouldBeLessThan(1 << 20);
        using var server = new FaultServer((_, _) => new FaultAnswer(200, ContentType: ManifestType, ExtraHeader: "Content-Encoding: gzip") { RawBody = bomb });
        var result = await Verify(server.Address);
        result.Detail.ShouldBe($"{server.Address} sent more than 4 MiB for /v2/demo/app/manifests/v1, more than any manifest or token may be");
    }

    [Fact]
    public async Task A_token_service_that_answers_without_end_is_cut_off_too()
    {
        var realm = string.Empty; // the server's own address, known once it listens
        using var server = new FaultServer((_, line) => line.Contains("/token", StringComparison.Ordinal)
            ? new FaultAnswer(200, ContentType: "application/json") { EndlessBytes = 600L << 20 }
            : new FaultAnswer(401, "{}", "application/json", $"WWW-Authenticate: Bearer realm=\"{realm}\",service=\"hostile\""));
        realm = $"http://{server.Address}/token";
        var result = await Verify(server.Address);
        result.Status.ShouldBe(ArtifactStatus.Unreachable);
        result.Detail.ShouldBe($"{server.Address} sent more than 4 MiB for /token, more than any manifest or token may be");
    }

    [Theory]
    [InlineData("sha256:../../../etc/passwd")]
    [InlineData("sha256:../../../../v2/other/repo/manifests/latest")]
    [InlineData("sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // 63 digits
    [InlineData("sha256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // upper case
    [InlineData("sha512:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // sha256's length
    [InlineData("md5:d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa?x=1")]
    [InlineData("sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/../../x")]
    public async Task A_digest_in_an_index_is_checked_before_it_becomes_a_url(string digest)
    {
        var index = $$$"""{"schemaVersion":2,"mediaType":"{{{IndexType}}}","manifests":[{"mediaType":"{{{ManifestType}}}","digest":"{{{digest}}}","size":1,"platform":{"os":"linux","architecture":"amd64"}}]}""";
        using var server = new FaultServer((_, _) => new FaultAnswer(200, index, IndexType, "Docker-Content-Digest: " + Sha256));
        var result = await Verify(server.Address);
        result.Status.ShouldBe(ArtifactStatus.Unreachable);
        result.Detail.ShouldBe($"the registry answered something that is not a manifest for {server.Address}/demo/app:v1: a descriptor whose digest '{digest}' is not one (sha256: and 64 hex digits, or sha512: and 128)");
        server.RequestLines.ShouldBe(["GET /v2/demo/app/manifests/v1 HTTP/1.1"]);
    }

    [Fact]
    public async Task A_config_digest_and_a_content_digest_header_are_checked_too()
    {
        var manifest = $$$"""{"schemaVersion":2,"mediaType":"{{{ManifestType}}}","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:../../../etc/passwd","size":2},"layers":[]}""";
        using var config = new FaultServer((_, _) => new FaultAnswer(200, manifest, ManifestType, "Docker-Content-Digest: " + Sha256));
        (await Verify(config.Address)).Detail.ShouldContain("a descriptor whose digest 'sha256:../../../etc/passwd' is not one");
        config.RequestLines.ShouldNotContain(line => line.Contains("passwd", StringComparison.Ordinal));

        var good = manifest.Replace("sha256:../../../etc/passwd", Sha256, StringComparison.Ordinal);
        using var header = new FaultServer((_, _) => new FaultAnswer(200, good, ManifestType, "Docker-Content-Digest: sha256:../x"));
        (await Verify(header.Address)).Detail.ShouldBe($"the registry answered a Docker-Content-Digest that is not a digest for {header.Address}/demo/app:v1: 'sha256:../x'");
    }

    [Fact]
    public async Task A_name_that_is_not_an_oci_name_is_never_sent()
    {
        using var server = new FaultServer((_, _) => new FaultAnswer(404));
        var check = new ArtifactCheck(ArtifactKind.Image, "hand-made", new ImageReference(server.Address, "demo/../../app", "v1", null), [new Platform("linux", "amd64")], null, null);
        using var verifier = new ArtifactVerifier(Quick, new RegistryCredentials(_ => null));
        var result = await verifier.CheckOneAsync(check, TestContext.Current.CancellationToken);
        result.Detail.ShouldBe($"Slipway does not ask {server.Address} for manifests 'v1' of 'demo/../../app': not an OCI repository name and tag or digest");
        server.Requests.ShouldBe(0);
    }

    private static async Task WaitUntilTheServerStops(FaultServer server)
    {
        // The server notices the closed connection at its next write; give it a moment to get there.
        for (var i = 0; i < 50 && server.BodyBytesSent < 4L << 20; i++)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        var before = -1L;
        while (server.BodyBytesSent != before)
        {
            before = server.BodyBytesSent;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<ArtifactResult> Verify(string registry)
    {
        var check = ArtifactCheck.Create(
            new ArtifactSetting(ArtifactKind.Image, Core.Templates.ValueTemplate.Parse($"{registry}/demo/app:v1", ArtifactSettings.Placeholders), [new Platform("linux", "amd64")]),
            new Dictionary<string, string>());
        using var verifier = new ArtifactVerifier(Quick, new RegistryCredentials(_ => null));
        return await verifier.CheckOneAsync(check, TestContext.Current.CancellationToken);
    }
}

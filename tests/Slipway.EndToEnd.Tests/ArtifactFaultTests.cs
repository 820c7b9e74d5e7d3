using System.Diagnostics;
using Slipway.Core.Configuration;
using Slipway.Core.Forges.GitHub;
using Slipway.Core.Hosting;
using Slipway.Core.Registries;
using Slipway.EndToEnd.Tests.Support.Registry;

namespace Slipway.EndToEnd.Tests;

/// <summary>Broken registries: each gives a clear result for its artifact, never a crash, and transient failures are retried.</summary>
public sealed class ArtifactFaultTests
{
    private const string Index = """{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:0000000000000000000000000000000000000000000000000000000000000001","size":1,"platform":{"os":"linux","architecture":"amd64"}}]}""";
    // A generous request timeout: on a loaded machine a loopback answer can take longer than half a
    // second, and a timeout would add a retry that the test does not expect. The hang test sets its own.
    private static readonly RegistrySettings Quick = RegistrySettings.Default with
    {
        Timeout = TimeSpan.FromSeconds(10),
        Retries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
    };

    [Fact]
    public async Task A_server_that_closes_the_connection_is_unreachable_after_the_retries()
    {
        using var server = new FaultServer((_, _) => new FaultAnswer { Close = true });
        var result = await Verify(Image(server.Address));
        result.Status.ShouldBe(ArtifactStatus.Unreachable);
        result.Detail.ShouldStartWith($"cannot reach http://{server.Address} (");
        result.Detail.ShouldEndWith("; 3 attempt(s))");
        server.Requests.ShouldBeGreaterThanOrEqualTo(3); // .NET's handler may itself retry a connection closed before any answer
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_per_request()
    {
        using var server = new FaultServer((_, _) => new FaultAnswer { Hang = true });
        var watch = Stopwatch.StartNew();
        var result = await Verify(Image(server.Address), Quick with { Timeout = TimeSpan.FromMilliseconds(500), Retries = 1 });
        result.Status.ShouldBe(ArtifactStatus.Unreachable);
        result.Detail.ShouldBe($"no answer from http://{server.Address} within 0.5s (2 attempt(s))");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Garbage_instead_of_a_manifest_is_reported_for_that_artifact()
    {
        using var server = new FaultServer((_, _) => new FaultAnswer(200, "<html>not a registry</html>", "text/html"));
        var result = await Verify(Image(server.Address));
        result.Status.ShouldBe(ArtifactStatus.Unreachable);
        result.Detail.ShouldStartWith($"the registry answered something that is not a manifest for {server.Address}/demo/app:v1: not JSON");
    }

    [Fact]
    public async Task A_503_then_a_manifest_is_retried_and_found()
    {
        using var server = new FaultServer((n, line) => n == 1 ? new FaultAnswer(503)
            : line.StartsWith("HEAD ", StringComparison.Ordinal) ? new FaultAnswer(200)
            : new FaultAnswer(200, Index, "application/vnd.oci.image.index.v1+json", "Docker-Content-Digest: sha256:" + new string('a', 64)));
        var result = await Verify(Image(server.Address));
        result.Status.ShouldBe(ArtifactStatus.Present, result.Detail);
        result.Digest.ShouldBe("sha256:" + new string('a', 64));
        server.Requests.ShouldBe(3); // 503, the index, the platform manifest's HEAD
    }

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After()
    {
        var delays = new List<TimeSpan>();
        using var server = new FaultServer((n, _) => n == 1 ? new FaultAnswer(429, ExtraHeader: "Retry-After: 7") : new FaultAnswer(200, "crate page"));
        var check = ArtifactCheck.Create(new ArtifactSetting(ArtifactKind.Url, Core.Templates.ValueTemplate.Parse($"http://{server.Address}/crates/x/1.0.0", ArtifactSettings.Placeholders), []), new Dictionary<string, string>());
        using var verifier = new ArtifactVerifier(Quick, new RegistryCredentials(_ => null), (delay, _) =>
        {
            delays.Add(delay);
            return Task.CompletedTask;
        });
        var result = await verifier.CheckOneAsync(check, TestContext.Current.CancellationToken);
        result.Status.ShouldBe(ArtifactStatus.Present);
        delays.ShouldBe([TimeSpan.FromSeconds(7)]);
    }

    [Fact]
    public async Task A_registry_that_stops_between_artifacts_fails_only_the_later_checks()
    {
        var fixtureDirectory = Path.Combine(Path.GetTempPath(), "slipway-stop-" + Guid.NewGuid().ToString("N")[..10]);
        var layout = new OciLayout(Path.Combine(fixtureDirectory, "layout"));
        layout.AddImage("one", "stop", "linux/amd64");
        using var registry = RegistryServer.Start(directory: Path.Combine(fixtureDirectory, "registry"));
        registry.Push(layout.Directory, "one", "demo/app:v1");
        using var verifier = new ArtifactVerifier(Quick, new RegistryCredentials(_ => null));
        var before = await verifier.CheckOneAsync(Image(registry.Address), TestContext.Current.CancellationToken);
        registry.Stop();
        var after = await verifier.CheckOneAsync(Image(registry.Address), TestContext.Current.CancellationToken);
        before.Status.ShouldBe(ArtifactStatus.Present, before.Detail);
        after.Status.ShouldBe(ArtifactStatus.Unreachable);
        after.Detail.ShouldStartWith($"cannot reach http://{registry.Address} (");
        Directory.Delete(fixtureDirectory, recursive: true);
    }

    private static ArtifactCheck Image(string registry) => ArtifactCheck.Create(
        new ArtifactSetting(ArtifactKind.Image, Core.Templates.ValueTemplate.Parse($"{registry}/demo/app:v1", ArtifactSettings.Placeholders), [new Platform("linux", "amd64")]),
        new Dictionary<string, string>());

    private static async Task<ArtifactResult> Verify(ArtifactCheck check, RegistrySettings? settings = null)
    {
        using var verifier = new ArtifactVerifier(settings ?? Quick, new RegistryCredentials(_ => null));
        return await verifier.CheckOneAsync(check, TestContext.Current.CancellationToken);
    }
}

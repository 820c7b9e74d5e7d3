using Slipway.Core.Configuration;
using Slipway.Core.Forges.GitHub;
using Slipway.Core.Hosting;
using Slipway.Core.Registries;
using Slipway.EndToEnd.Tests.Support.Registry;

namespace Slipway.EndToEnd.Tests;

/// <summary>The artifact checks against a real distribution registry on loopback, loaded with skopeo.</summary>
[Collection(LoopbackRegistry.Name)]
public sealed class ArtifactRegistryTests(RegistryFixture fixture)
{
    private static readonly Platform Amd64 = new("linux", "amd64");
    private static readonly Platform Arm64 = new("linux", "arm64");

    [Fact]
    public async Task A_multi_arch_image_is_present_with_its_index_and_platform_digests()
    {
        var result = await Check(Image("demo/app:v0.1.0", Amd64, Arm64));
        result.Status.ShouldBe(ArtifactStatus.Present, result.Detail);
        result.Digest.ShouldBe(fixture.MultiArchIndex);
        result.PlatformDigests.Keys.Order().ShouldBe(["linux/amd64", "linux/arm64"]);
        result.PlatformDigests.Values.ShouldAllBe(d => d.StartsWith("sha256:") && d != fixture.MultiArchIndex);
        result.Detail.ShouldBe("linux/amd64, linux/arm64");
    }

    [Fact]
    public async Task A_single_arch_image_lacks_the_other_platform()
    {
        var result = await Check(Image("demo/single:v0.1.0", Amd64, Arm64));
        result.Status.ShouldBe(ArtifactStatus.WrongPlatforms);
        result.MissingPlatforms.ShouldBe(["linux/arm64"]);
        result.Digest.ShouldBe(fixture.SingleArchManifest);
        result.Detail.ShouldBe("missing linux/arm64; has linux/amd64");
        (await Check(Image("demo/single:v0.1.0", Amd64))).Status.ShouldBe(ArtifactStatus.Present);
    }

    [Fact]
    public async Task A_missing_tag_and_a_missing_repository_are_missing()
    {
        (await Check(Image("demo/app:v9.9.9"))).Status.ShouldBe(ArtifactStatus.Missing);
        var result = await Check(Image("demo/nothing-here:v0.1.0"));
        result.Status.ShouldBe(ArtifactStatus.Missing);
        result.Detail.ShouldBe($"{fixture.Registry.Address} has no v0.1.0 in demo/nothing-here");
    }

    [Fact]
    public async Task A_chart_declares_its_version_or_is_reported_with_both_versions()
    {
        var good = await Check(Chart("charts/app:0.1.0"));
        good.Status.ShouldBe(ArtifactStatus.Present, good.Detail);
        good.Digest.ShouldBe(fixture.ChartManifest);
        good.Detail.ShouldBe("chart app 0.1.0");

        var wrong = await Check(Chart("charts/wrong:0.1.0"));
        wrong.Status.ShouldBe(ArtifactStatus.WrongVersion);
        wrong.FoundVersion.ShouldBe("0.0.9");
        wrong.Detail.ShouldBe("chart version is 0.0.9, expected 0.1.0");
    }

    [Fact]
    public async Task An_image_is_not_a_chart()
    {
        (await Check(Chart("demo/app:v0.1.0"))).Detail.ShouldBe("an image index, not a Helm chart");
        var single = await Check(Chart("demo/single:v0.1.0"));
        single.Status.ShouldBe(ArtifactStatus.NotAChart);
        single.Detail.ShouldStartWith("not a Helm chart: its config is 'application/vnd.oci.image.config.v1+json'");
    }

    [Fact]
    public async Task An_index_entry_whose_manifest_was_deleted_is_a_missing_platform()
    {
        var layout = new OciLayout(Path.Combine(fixture.Directory, "broken-" + Guid.NewGuid().ToString("N")[..6]));
        layout.AddIndex("broken", "broken", "linux/amd64", "linux/arm64");
        fixture.Registry.Push(layout.Directory, "broken", "demo/broken:v1");
        var before = await Check(Image("demo/broken:v1", Amd64, Arm64));
        using (var http = new HttpClient())
        {
            var delete = await http.DeleteAsync($"http://{fixture.Registry.Address}/v2/demo/broken/manifests/{before.PlatformDigests["linux/arm64"]}", TestContext.Current.CancellationToken);
            delete.IsSuccessStatusCode.ShouldBeTrue();
        }

        var after = await Check(Image("demo/broken:v1", Amd64, Arm64));
        after.Status.ShouldBe(ArtifactStatus.WrongPlatforms);
        after.Detail.ShouldContain("linux/arm64 (listed, but its manifest sha256:");
    }

    private ArtifactCheck Image(string repositoryAndTag, params Platform[] platforms) =>
        Create(ArtifactKind.Image, $"{fixture.Registry.Address}/{repositoryAndTag}", platforms);

    private ArtifactCheck Chart(string repositoryAndTag) => Create(ArtifactKind.Chart, $"{fixture.Registry.Address}/{repositoryAndTag}", []);

    private static ArtifactCheck Create(ArtifactKind kind, string reference, IReadOnlyList<Platform> platforms) =>
        ArtifactCheck.Create(new ArtifactSetting(kind, Core.Templates.ValueTemplate.Parse(reference, ArtifactSettings.Placeholders), platforms), new Dictionary<string, string>());

    private static async Task<ArtifactResult> Check(ArtifactCheck check)
    {
        using var verifier = new ArtifactVerifier(RegistrySettings.Default, new RegistryCredentials(_ => null));
        return await verifier.CheckOneAsync(check, TestContext.Current.CancellationToken);
    }
}

using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;
using Slipway.EndToEnd.Tests.Support.Registry;

namespace Slipway.EndToEnd.Tests;

/// <summary><c>slipway artifacts</c> on KubeOpenCode's repository, its artifacts in a real loopback registry.</summary>
[Collection(LoopbackRegistry.Name)]
public sealed class ArtifactsCommandTests(RegistryFixture fixture)
{
    private string Registry => fixture.Registry.Address;

    [Fact]
    public void All_present_exits_0_with_a_table()
    {
        using var repo = Repository($"""
            artifacts:
              - image: {Registry}/demo/app:v{"{version}"}
                platforms: [linux/amd64, linux/arm64]
              - chart: {Registry}/charts/app:{"{version}"}
            """);
        var result = Tool.Run(repo.Path, "artifacts").ShouldSucceed();
        Row(result, $"{Registry}/demo/app:v0.1.0").ShouldBe($"image {Registry}/demo/app:v0.1.0 present {fixture.MultiArchIndex[..19]} linux/amd64, linux/arm64");
        Row(result, $"{Registry}/charts/app:0.1.0").ShouldBe($"chart {Registry}/charts/app:0.1.0 present {fixture.ChartManifest[..19]} chart app 0.1.0");
        result.Out.ShouldContain("ok: all 2 artifact(s) of 0.1.0 are published.");
    }

    [Fact]
    public void A_missing_image_and_a_missing_platform_exit_1_with_the_reasons()
    {
        using var repo = Repository($$"""
            artifacts:
              - image: {{Registry}}/demo/absent:{tag}
              - images:
                  prefix: {{Registry}}/demo
                  names: [app, single]
                  platforms: [linux/amd64, linux/arm64]
            """);
        var result = Tool.Run(repo.Path, "artifacts").ShouldExit(1);
        Row(result, $"{Registry}/demo/absent:v0.1.0").ShouldBe($"image {Registry}/demo/absent:v0.1.0 missing - {Registry} has no v0.1.0 in demo/absent");
        Row(result, $"{Registry}/demo/app:v0.1.0").ShouldStartWith($"image {Registry}/demo/app:v0.1.0 present sha256:");
        Row(result, $"{Registry}/demo/single:v0.1.0").ShouldBe($"image {Registry}/demo/single:v0.1.0 wrong-platforms {fixture.SingleArchManifest[..19]} missing linux/arm64; has linux/amd64");
        result.Error.ShouldContain("slipway: error: 2 of 3 artifact(s) are missing or wrong [SW104]");
        result.Error.ShouldContain($"  {Registry}/demo/absent:v0.1.0: missing: {Registry} has no v0.1.0 in demo/absent");
        result.Error.ShouldContain($"  {Registry}/demo/single:v0.1.0: wrong-platforms: missing linux/arm64; has linux/amd64");
    }

    [Fact]
    public void Json_lists_each_artifact_with_status_digests_and_versions()
    {
        using var repo = Repository($$"""
            artifacts:
              - image: {{Registry}}/demo/app:{tag}
                platforms: [linux/arm64]
              - chart: {{Registry}}/charts/wrong:{version}
            """);
        var result = Tool.Run(repo.Path, "artifacts", "--json").ShouldExit(1);
        var json = JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("version").GetString().ShouldBe("0.1.0");
        json.GetProperty("tag").GetString().ShouldBe("v0.1.0");
        json.GetProperty("ok").GetBoolean().ShouldBeFalse();
        var image = json.GetProperty("artifacts")[0];
        image.GetProperty("kind").GetString().ShouldBe("image");
        image.GetProperty("status").GetString().ShouldBe("present");
        image.GetProperty("digest").GetString().ShouldBe(fixture.MultiArchIndex);
        image.GetProperty("platforms").EnumerateArray().Select(p => p.GetString()).ShouldBe(["linux/arm64"]);
        image.GetProperty("platformDigests").GetProperty("linux/arm64").GetString()!.ShouldStartWith("sha256:");
        var chart = json.GetProperty("artifacts")[1];
        chart.GetProperty("status").GetString().ShouldBe("wrong-version");
        chart.GetProperty("expectedVersion").GetString().ShouldBe("0.1.0");
        chart.GetProperty("foundVersion").GetString().ShouldBe("0.0.9");
        JsonDocument.Parse(result.Error).RootElement.GetProperty("error").GetProperty("code").GetString().ShouldBe("SW104");
    }

    [Fact]
    public async Task Wait_polls_until_an_image_pushed_meanwhile_appears()
    {
        var repository = "demo/late-" + Guid.NewGuid().ToString("N")[..6];
        using var repo = Repository($$"""
            artifacts:
              - image: {{Registry}}/demo/app:{tag}
              - image: {{Registry}}/{{repository}}:{tag}
                platforms: [linux/amd64, linux/arm64]
            """);
        var run = Task.Run(() => Tool.Run(repo.Path, "artifacts", "--wait", "60s"), TestContext.Current.CancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        fixture.Registry.Push(fixture.Layout.Directory, "late", $"{repository}:v0.1.0");
        var result = (await run).ShouldSucceed();
        result.Error.ShouldContain($"waiting for 1 of 2 artifact(s) ({Registry}/{repository}:v0.1.0); ");
        result.Error.ShouldMatch(@"all 2 artifact\(s\) present after \d+ check\(s\)");
        Row(result, $"{Registry}/{repository}:v0.1.0").ShouldStartWith($"image {Registry}/{repository}:v0.1.0 present sha256:");
    }

    [Fact]
    public void An_unreachable_registry_exits_4_and_the_other_artifacts_are_still_checked()
    {
        using var broken = new FaultServer((_, _) => new FaultAnswer { Close = true });
        using var repo = Repository($$"""
            artifacts:
              - image: {{Registry}}/demo/app:{tag}
              - image: {{broken.Address}}/demo/app:{tag}
            registries:
              retries: 0
              timeout: 5s
            """);
        var result = Tool.Run(repo.Path, "artifacts").ShouldExit(4);
        Row(result, $"{Registry}/demo/app:v0.1.0").ShouldStartWith($"image {Registry}/demo/app:v0.1.0 present sha256:");
        Row(result, $"{broken.Address}/demo/app:v0.1.0").ShouldStartWith($"image {broken.Address}/demo/app:v0.1.0 unreachable - cannot reach http://{broken.Address} (");
        result.Error.ShouldContain("1 artifact(s) could not be checked [SW402]");
    }

    [Fact]
    public void A_bad_wait_is_a_usage_error()
    {
        using var repo = Repository($"artifacts:\n  - image: {Registry}/demo/app:v1\n");
        Tool.Run(repo.Path, "artifacts", "--wait", "soon").ShouldExit(2).Error.ShouldContain("--wait: 'soon' is not a duration [SW209]");
    }

    /// <summary>The table row that names <paramref name="reference"/>, its cells joined by one space.</summary>
    private static string Row(CliResult result, string reference) =>
        System.Text.RegularExpressions.Regex.Replace(result.Out.Split('\n').Single(line => line.Contains(reference + " ", StringComparison.Ordinal)).Trim(), " {2,}", " ");

    private static TestRepository Repository(string artifacts)
    {
        var repo = TestRepository.Create("kubeopencode");
        repo.Write("slipway.yaml", repo.Read("slipway.yaml") + artifacts.Replace("\r", string.Empty, StringComparison.Ordinal) + "\n");
        repo.Commit("artifacts");
        return repo;
    }
}

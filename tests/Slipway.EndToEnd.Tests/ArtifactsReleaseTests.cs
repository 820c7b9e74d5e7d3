using Slipway.EndToEnd.Tests.Support;
using Slipway.EndToEnd.Tests.Support.Registry;

namespace Slipway.EndToEnd.Tests;

/// <summary>The release's artifacts step: after the tag is pushed it waits until CI has published the images, and resume checks again.</summary>
[Collection(LoopbackRegistry.Name)]
public sealed class ArtifactsReleaseTests(RegistryFixture fixture)
{
    [Fact]
    public void A_release_waits_at_artifacts_until_the_image_is_published()
    {
        var repository = "demo/release-" + Guid.NewGuid().ToString("N")[..6];
        using var repo = TestRepository.Create("kubeopencode");
        repo.Write("slipway.yaml", repo.Read("slipway.yaml") + $"artifacts:\n  - image: {fixture.Registry.Address}/{repository}:{{tag}}\n    platforms: [linux/amd64, linux/arm64]\n");
        repo.Commit("artifacts");
        using var origin = RemoteRepository.For(repo);
        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldSucceed();
        origin.MergePullRequest("release/v0.2.0");
        Tool.Run(repo.Path, "resume").ShouldSucceed().Out.ShouldContain("Waiting at crd-upgrade-table");

        var waiting = Tool.Run(repo.Path, "done", "crd-upgrade-table").ShouldSucceed();
        waiting.Out.ShouldContain($"Waiting at artifacts: 1 of 1 artifact(s) not published yet ({fixture.Registry.Address}/{repository}:v0.2.0: missing)");
        Tool.Run(repo.Path, "resume").ShouldSucceed().Out.ShouldContain("Waiting at artifacts"); // still not there

        fixture.Registry.Push(fixture.Layout.Directory, "late", $"{repository}:v0.2.0");
        var released = Tool.Run(repo.Path, "resume").ShouldSucceed();
        released.Out.ShouldContain("✓ artifacts: all 1 artifact(s) are published");
        released.Out.ShouldContain("v0.2.0 is released.");
    }
}

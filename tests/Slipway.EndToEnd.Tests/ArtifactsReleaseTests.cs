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

    [Fact]
    public void With_artifacts_wait_the_step_polls_until_ci_has_published_the_image()
    {
        var repository = "demo/polled-" + Guid.NewGuid().ToString("N")[..6];
        using var repo = Configured($"artifacts-wait: 10m\nartifacts:\n  - image: {fixture.Registry.Address}/{repository}:{{tag}}\n    platforms: [linux/amd64, linux/arm64]\n");
        using var origin = RemoteRepository.For(repo);
        var host = ReleaseUpToTheTag(repo, origin);
        host.OnSleep = sleeps =>
        {
            if (sleeps == 2)
            {
                fixture.Registry.Push(fixture.Layout.Directory, "late", $"{repository}:v0.2.0"); // CI finishes during the third pause
            }
        };

        var released = Tool.Run(repo.Path, host, "done", "crd-upgrade-table").ShouldSucceed();
        released.Out.ShouldContain("waiting for 1 of 1 artifact(s), 10 min left");
        released.Out.ShouldContain("✓ artifacts: all 1 artifact(s) are published");
        released.Out.ShouldContain("v0.2.0 is released.");
        host.Sleeps.Count.ShouldBe(2);
        host.Sleeps.ShouldAllBe(pause => pause == TimeSpan.FromSeconds(15)); // a twentieth of the wait, at most 15 s
    }

    [Fact]
    public void An_image_published_without_a_platform_fails_the_step_and_resume_checks_again_once_it_is_fixed()
    {
        var repository = "demo/short-" + Guid.NewGuid().ToString("N")[..6];
        using var repo = Configured($"artifacts:\n  - image: {fixture.Registry.Address}/{repository}:{{tag}}\n    platforms: [linux/amd64, linux/arm64]\n");
        using var origin = RemoteRepository.For(repo);
        var host = ReleaseUpToTheTag(repo, origin);
        fixture.Registry.Push(fixture.Layout.Directory, "single", $"{repository}:v0.2.0");

        var failed = Tool.Run(repo.Path, host, "done", "crd-upgrade-table").ShouldExit(1);
        failed.Error.ShouldContain("1 of 1 artifact(s) published wrong [SW104]");
        failed.Error.ShouldContain($"{fixture.Registry.Address}/{repository}:v0.2.0: missing platforms");
        failed.Error.ShouldContain("linux/arm64");
        failed.Error.ShouldContain("hint: fix the publishing job and publish them again for the same tag, then run 'slipway resume'");
        Tool.Run(repo.Path, "status").ShouldSucceed().Out.ShouldContain("artifacts");

        fixture.Registry.Push(fixture.Layout.Directory, "late", $"{repository}:v0.2.0");
        Tool.Run(repo.Path, host, "resume").ShouldSucceed().Out.ShouldContain("v0.2.0 is released.");
    }

    [Fact]
    public void A_dry_run_lists_the_artifacts_the_release_will_check()
    {
        var registry = fixture.Registry.Address;
        using var repo = Configured($"artifacts-wait: 30m\nartifacts:\n  - image: {registry}/demo/app:{{tag}}\n    platforms: [linux/amd64, linux/arm64]\n  - chart: {registry}/charts/app:{{version}}\n");
        using var origin = RemoteRepository.For(repo);

        var plan = Tool.Run(repo.Path, "release", "0.2.0", "--dry-run").ShouldSucceed().Out;
        plan.ShouldContain("check 2 artifact(s), polling for up to 30 min until CI has published them");
        plan.ShouldContain($"check image {registry}/demo/app:v0.2.0 (linux/amd64, linux/arm64)");
        plan.ShouldContain($"check chart {registry}/charts/app:0.2.0");
    }

    /// <summary>The kubeopencode example with <paramref name="extra"/> appended to its configuration.</summary>
    private static TestRepository Configured(string extra)
    {
        var repo = TestRepository.Create("kubeopencode");
        repo.Write("slipway.yaml", repo.Read("slipway.yaml") + extra);
        repo.Commit("artifacts");
        return repo;
    }

    /// <summary>Releases 0.2.0 up to the manual step after push-tag; the host is the one later runs use.</summary>
    private static TestHost ReleaseUpToTheTag(TestRepository repo, RemoteRepository origin)
    {
        var host = new TestHost();
        Tool.Run(repo.Path, host, "release", "0.2.0", "--yes").ShouldSucceed();
        origin.MergePullRequest("release/v0.2.0");
        Tool.Run(repo.Path, host, "resume").ShouldSucceed().Out.ShouldContain("Waiting at crd-upgrade-table");
        return host;
    }
}

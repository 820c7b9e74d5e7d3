using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Forges.GitHub;
using Slipway.Core.Hosting;
using Slipway.Core.Registries;

namespace Slipway.EndToEnd.Tests;

/// <summary>What the loader accepts and refuses under artifacts: and registries:.</summary>
public sealed class ArtifactConfigTests
{
    private const string Versions = "versions:\n  - file: Makefile\n    make: VERSION\n";

    [Fact]
    public void Every_form_loads_and_an_image_list_expands_to_one_check_per_name()
    {
        var config = Load("""
            artifacts:
              - image: quay.io/kubeopencode/kubeopencode:v{version}
                platforms: [linux/amd64, linux/arm64, linux/arm/v7]
              - chart: quay.io/kubeopencode/helm-charts/kubeopencode:{version}
              - url: https://crates.io/api/v1/crates/bpfman/{version}
              - images: { prefix: quay.io/bpfman-bytecode, tag: 'v{version}', names: [go-xdp-counter, go-tc-counter], platforms: [linux/amd64] }
              - image: nginx:{core}
            registries:
              insecure: [registry.lab:5000]
              timeout: 10s
              retries: 0
            profiles: { rc: { skip: [copies, pins, artifacts] } }
            """);
        var checks = ArtifactCheck.For(config.Artifacts, Core.Versioning.SemVersion.Parse("0.5.0-rc.1"), "v0.5.0-rc.1");
        checks.Select(c => c.Reference).ShouldBe([
            "quay.io/kubeopencode/kubeopencode:v0.5.0-rc.1",
            "quay.io/kubeopencode/helm-charts/kubeopencode:0.5.0-rc.1",
            "https://crates.io/api/v1/crates/bpfman/0.5.0-rc.1",
            "quay.io/bpfman-bytecode/go-xdp-counter:v0.5.0-rc.1",
            "quay.io/bpfman-bytecode/go-tc-counter:v0.5.0-rc.1",
            "nginx:0.5.0",
        ]);
        checks[0].Platforms.Select(p => p.ToString()).ShouldBe(["linux/amd64", "linux/arm64", "linux/arm/v7"]);
        checks[1].ChartVersion.ShouldBe("0.5.0-rc.1");
        checks[5].Image!.ToString().ShouldBe("registry-1.docker.io/library/nginx:0.5.0");
        config.Artifacts.Registries.SchemeFor("registry.lab:5000").ShouldBe("http");
        config.Artifacts.Registries.SchemeFor("127.0.0.1:5000").ShouldBe("http");
        config.Artifacts.Registries.SchemeFor("[::1]:5000").ShouldBe("http");
        config.Artifacts.Registries.SchemeFor("quay.io").ShouldBe("https");
        config.Artifacts.Registries.Retries.ShouldBe(0);
        config.Release.Profiles["rc"].ShouldContain("artifacts");
    }

    [Fact]
    public void Mistakes_are_reported_with_line_and_column()
    {
        var error = Should.Throw<SlipwayException>(() => Load("""
            artifacts:
              - image: quay.io/app:v{verison}
              - chart: quay.io/Charts/app:{version}
                platforms: [linux/amd64]
              - url: ftp://example.com/{version}
              - imag: quay.io/app:v1
              - image: quay.io/app:v1
                url: https://example.com
              - image: quay.io/app:v1
                platforms: [linux, 5]
              - images: { prefix: quay.io/x, names: [] }
            registries:
              insecure: []
              timeout: soon
              proxy: x
            """));
        error.Kind.ShouldBe(Errors.ConfigInvalid);
        error.Details.ShouldBe([
            "slipway.yaml:5:25: artifacts[0].image: unknown placeholder '{verison}'; allowed here: {build}, {core}, {major}, {minor}, {patch}, {prerelease}, {rc}, {tag}, {version}",
            "slipway.yaml:7:5: artifacts[1].platforms applies to image: entries only",
            "slipway.yaml:8:10: artifacts[2].url must be an http:// or https:// URL, found 'ftp://example.com/{version}'",
            "slipway.yaml:9:5: unknown key 'imag' in artifacts[3] (did you mean 'image'?); allowed: image, chart, url, images, platforms",
            "slipway.yaml:9:5: artifacts[3] must have exactly one of image:, chart:, url: or images:",
            "slipway.yaml:11:5: artifacts[4] must have exactly one of image:, chart:, url: or images:, found image: and url:",
            "slipway.yaml:13:17: artifacts[5].platforms[0] must be os/architecture[/variant] such as linux/arm64 or linux/arm/v7, found 'linux'",
            "slipway.yaml:13:24: artifacts[5].platforms[1] must be os/architecture[/variant] such as linux/arm64 or linux/arm/v7, found '5'",
            "slipway.yaml:14:41: artifacts[6].images.names must list at least one image name, or be left out",
            "slipway.yaml:16:13: registries.insecure must list at least one registry, or be left out",
            "slipway.yaml:17:12: registries.timeout must be a duration such as 90s, 10m or 1h, at most 168h (a week), found 'soon'",
            "slipway.yaml:18:3: unknown key 'proxy' in registries; allowed: insecure, timeout, retries",
        ]);
    }

    [Fact]
    public void A_chart_reference_must_be_valid_and_tagged()
    {
        var error = Should.Throw<SlipwayException>(() => Load("""
            artifacts:
              - chart: quay.io/Charts/app:{version}
              - chart: quay.io/charts/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
              - artifacts: []
            """));
        error.Details.ShouldBe([
            "slipway.yaml:5:12: artifacts[0].chart: 'quay.io/Charts/app:{version}' is not a valid reference ('Charts/app' is not a repository name (lower-case path components such as org/name))",
            "slipway.yaml:6:12: artifacts[1].chart must name the chart by its version tag (…:{version}), not by digest",
            "slipway.yaml:7:5: unknown key 'artifacts' in artifacts[2]; allowed: image, chart, url, images, platforms",
            "slipway.yaml:7:5: artifacts[2] must have exactly one of image:, chart:, url: or images:",
        ]);
    }

    private static SlipwayConfig Load(string yaml) => ConfigLoader.Parse(Versions + yaml.Replace("\r", string.Empty, StringComparison.Ordinal) + "\n", "/x/slipway.yaml", "slipway.yaml");
}

using Slipway.Core.Configuration;
using Slipway.Core.Forges.GitHub;
using Slipway.Core.Hosting;
using Slipway.Core.Registries;

namespace Slipway.Core.Tests.Registries;

/// <summary>Image references, platforms, auth challenges and logins: the parsing under the artifact checks.</summary>
public sealed class ArtifactReferenceTests
{
    [Theory]
    [InlineData("quay.io/kubeopencode/kubeopencode:v0.1.0", "quay.io", "kubeopencode/kubeopencode", "v0.1.0", null)]
    [InlineData("127.0.0.1:5000/demo/app", "127.0.0.1:5000", "demo/app", "latest", null)]
    [InlineData("localhost/app:1", "localhost", "app", "1", null)]
    [InlineData("nginx:1.27", "registry-1.docker.io", "library/nginx", "1.27", null)]
    [InlineData("docker.io/bitnami/redis:7", "registry-1.docker.io", "bitnami/redis", "7", null)]
    [InlineData("[::1]:5000/a/b:c", "[::1]:5000", "a/b", "c", null)]
    [InlineData("ghcr.io/o/r@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "ghcr.io", "o/r", null, "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void References_parse_as_docker_reads_them(string text, string registry, string repository, string? tag, string? digest)
    {
        ImageReference.TryParse(text, out var reference, out var error).ShouldBeTrue(error);
        reference.ShouldBe(new ImageReference(registry, repository, tag, digest));
    }

    [Theory]
    [InlineData("quay.io/Org/app:v1", "'Org/app' is not a repository name")]
    [InlineData("quay.io/app:v1+build", "'v1+build' is not a valid tag")]
    [InlineData("quay.io/app@sha256:xyz", "'sha256:xyz' is not a digest")]
    [InlineData("quay.io/app@sha256:../../etc/passwd", "'sha256:../../etc/passwd' is not a digest")]
    [InlineData("quay.io/", "'' is not a repository name")]
    public void Bad_references_say_what_is_wrong(string text, string expected)
    {
        ImageReference.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldStartWith(expected);
    }

    [Theory]
    [InlineData("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true)]
    [InlineData("sha512:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true)]
    [InlineData("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde", false)] // 63 digits
    [InlineData("sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", false)] // the spec's hex is lower case
    [InlineData("sha512:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", false)] // sha256's length
    [InlineData("sha256+b64u:LCa0a2j_xo_5m0U8HTBBNBNCLXBkg7-g-YpeiGJm564", false)] // the grammar allows it; Slipway cannot check it
    [InlineData("sha256:../../../etc/passwd", false)]
    [InlineData("sha256", false)]
    [InlineData(":0123", false)]
    [InlineData("", false)]
    public void Digests_follow_the_oci_grammar_with_the_length_of_their_algorithm(string digest, bool valid) =>
        OciNames.IsDigest(digest).ShouldBe(valid);

    [Theory]
    [InlineData("library/nginx", true)]
    [InlineData("a.b/c__d/e-f", true)]
    [InlineData("a--b", true)]
    [InlineData("demo/../app", false)]
    [InlineData("/demo", false)]
    [InlineData("demo/", false)]
    [InlineData("demo//app", false)]
    [InlineData("Demo", false)]
    [InlineData("a___b", false)]
    [InlineData("a%2fb", false)]
    public void Repository_names_follow_the_distribution_grammar(string name, bool valid) =>
        OciNames.IsRepository(name).ShouldBe(valid);

    [Theory]
    [InlineData("127.0.0.1:5000", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("[::1]:5000", true)]
    [InlineData("localhost:5000", true)]
    [InlineData("10.0.0.1:5000", false)]
    [InlineData("quay.io", false)]
    public void Only_loopback_registries_are_loopback(string registry, bool loopback) =>
        ImageReference.IsLoopback(registry).ShouldBe(loopback);

    [Fact]
    public void Platforms_match_with_and_without_variants()
    {
        Platform.TryParse("linux/arm/v7", out var armv7).ShouldBeTrue();
        armv7.IsSatisfiedBy(new Platform("linux", "arm", "v7")).ShouldBeTrue();
        armv7.IsSatisfiedBy(new Platform("linux", "arm", "v6")).ShouldBeFalse();
        new Platform("linux", "arm").IsSatisfiedBy(new Platform("linux", "arm", "v6")).ShouldBeTrue();
        new Platform("linux", "arm64", "v8").IsSatisfiedBy(new Platform("linux", "arm64")).ShouldBeTrue();
        Platform.TryParse("linux", out _).ShouldBeFalse();
        Platform.TryParse("linux//v7", out _).ShouldBeFalse();
    }

    [Fact]
    public void Challenges_parse_quoted_parameters_with_commas()
    {
        var challenge = AuthChallenge.Parse("Bearer realm=\"https://auth.example/token\",service=\"registry.example\",scope=\"repository:a/b:pull,push\"")!;
        challenge.Scheme.ShouldBe("Bearer");
        challenge["realm"].ShouldBe("https://auth.example/token");
        challenge["service"].ShouldBe("registry.example");
        challenge["scope"].ShouldBe("repository:a/b:pull,push");
        AuthChallenge.Parse("Basic realm=\"Registry Realm\"")!["realm"].ShouldBe("Registry Realm");
        AuthChallenge.Parse(null).ShouldBeNull();
    }

    [Fact]
    public void Logins_come_from_the_first_auth_file_that_names_the_registry_and_never_print()
    {
        var directory = Path.Combine(Path.GetTempPath(), "slipway-logins-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(directory, "docker"));
        File.WriteAllText(Path.Combine(directory, "auth.json"), """{"auths":{"quay.io":{"username":"robot","password":"from-auth-file"}}}""");
        File.WriteAllText(Path.Combine(directory, "docker", "config.json"),
            """{"auths":{"https://quay.io":{"auth":"b3RoZXI6b3RoZXI="},"https://index.docker.io/v1/":{"auth":"aHViOmh1Yi1wYXNz"}}}""");
        var environment = new Dictionary<string, string> { ["REGISTRY_AUTH_FILE"] = Path.Combine(directory, "auth.json"), ["DOCKER_CONFIG"] = Path.Combine(directory, "docker") };
        var credentials = new RegistryCredentials(environment.GetValueOrDefault);

        credentials.For("quay.io").ShouldBe(new RegistryLogin("robot", "from-auth-file"));
        credentials.For(ImageReference.DockerHub).ShouldBe(new RegistryLogin("hub", "hub-pass"));
        credentials.For("ghcr.io").ShouldBeNull();
        credentials.For("quay.io")!.ToString().ShouldNotContain("from-auth-file");
        Directory.Delete(directory, recursive: true);
    }
}

using System.Diagnostics;
using System.Text;
using Slipway.Core.Configuration;
using Slipway.Core.Forges.GitHub;
using Slipway.Core.Hosting;
using Slipway.Core.Registries;
using Slipway.EndToEnd.Tests.Support.Registry;

namespace Slipway.EndToEnd.Tests;

/// <summary>Registries that want a login: htpasswd (Basic) and a token realm (Bearer), with logins read from auth files.</summary>
public sealed class ArtifactAuthTests : IDisposable
{
    private const string User = "releaser";
    private const string Password = "s3cret-Pa55";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "slipway-auth-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly OciLayout _layout;

    public ArtifactAuthTests()
    {
        _layout = new OciLayout(Path.Combine(_directory, "layout"));
        _layout.AddIndex("multi", "auth", "linux/amd64", "linux/arm64");
    }

    [Fact]
    public async Task A_basic_auth_registry_is_read_with_the_login_from_DOCKER_CONFIG_and_refused_without_it()
    {
        var htpasswd = Path.Combine(_directory, "htpasswd");
        File.WriteAllText(htpasswd, Run("htpasswd", "-Bbn", User, Password));
        using var registry = RegistryServer.Start($"  htpasswd:\n    realm: slipway-test\n    path: {htpasswd}\n", Path.Combine(_directory, "basic"));
        registry.Push(_layout.Directory, "multi", "team/app:v1.0.0", $"{User}:{Password}");
        var check = Check($"{registry.Address}/team/app:v1.0.0");

        var dockerConfig = Path.Combine(_directory, "docker");
        WriteAuthFile(Path.Combine(dockerConfig, "config.json"), registry.Address, usernamePassword: false);
        var found = await Verify(check, new() { ["DOCKER_CONFIG"] = dockerConfig, ["HOME"] = "/nonexistent" });
        found.Status.ShouldBe(ArtifactStatus.Present, found.Detail);

        var refused = await Verify(check, new() { ["HOME"] = _directory });
        refused.Status.ShouldBe(ArtifactStatus.Denied);
        refused.Detail.ShouldBe($"{registry.Address} requires a login and none was found (searched {_directory}/.docker/config.json)");
        refused.Detail.ShouldNotContain(Password);
    }

    [Fact]
    public async Task A_token_registry_gets_a_pull_token_for_the_repository_with_the_login_from_REGISTRY_AUTH_FILE()
    {
        using var tokens = new TokenServer(User, Password);
        using var registry = RegistryServer.Start(tokens.RegistryAuth(_directory), Path.Combine(_directory, "token"));
        registry.Push(_layout.Directory, "multi", "team/app:v1.0.0", $"{User}:{Password}");
        while (tokens.Requests.TryDequeue(out _))
        {
            // what skopeo asked for is not under test
        }

        var authFile = Path.Combine(_directory, "auth.json");
        WriteAuthFile(authFile, registry.Address, usernamePassword: true);
        var found = await Verify(Check($"{registry.Address}/team/app:v1.0.0"), new() { ["REGISTRY_AUTH_FILE"] = authFile });
        found.Status.ShouldBe(ArtifactStatus.Present, found.Detail);

        // One token for the repository (cached for the platform manifests), asked with the login.
        var asked = tokens.Requests.ToList();
        asked.Count.ShouldBe(1);
        asked[0].Service.ShouldBe(TokenServer.Service);
        asked[0].Scopes.ShouldBe(["repository:team/app:pull"]);
        asked[0].User.ShouldBe(User);

        var refused = await Verify(Check($"{registry.Address}/team/app:v1.0.0"), []);
        refused.Status.ShouldBe(ArtifactStatus.Denied);
        refused.Detail.ShouldStartWith($"the token service of {registry.Address} refused anonymous access (HTTP 401); no login found");
        tokens.Requests.Last().User.ShouldBeNull();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static ArtifactCheck Check(string reference) => ArtifactCheck.Create(
        new ArtifactSetting(ArtifactKind.Image, Core.Templates.ValueTemplate.Parse(reference, ArtifactSettings.Placeholders), [new Platform("linux", "amd64"), new Platform("linux", "arm64")]),
        new Dictionary<string, string>());

    private static async Task<ArtifactResult> Verify(ArtifactCheck check, Dictionary<string, string> environment)
    {
        using var verifier = new ArtifactVerifier(RegistrySettings.Default, new RegistryCredentials(name => environment.GetValueOrDefault(name)));
        return await verifier.CheckOneAsync(check, TestContext.Current.CancellationToken);
    }

    /// <summary>docker's form (auth: base64 user:pass) or the username/password form.</summary>
    private static void WriteAuthFile(string path, string registry, bool usernamePassword)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var entry = usernamePassword
            ? $"{{\"username\":\"{User}\",\"password\":\"{Password}\"}}"
            : $"{{\"auth\":\"{Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"))}\"}}";
        File.WriteAllText(path, $"{{\"auths\":{{\"other.example\":{{\"auth\":\"eDp5\"}},\"{registry}\":{entry}}}}}");
    }

    private static string Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}

using System.Diagnostics;
using System.Text.Json;

namespace Slipway.Core.Tests;

/// <summary>
/// Go's own toolchain (Debian's golang-go), run offline in a directory of its own: its module cache,
/// build cache and git configuration live there, and module paths like <c>example.com/up.git</c> are
/// fetched from local repositories (git's url.insteadOf), so <c>go mod download</c> makes the module
/// zip from the repository's tag by Go's own rules. Tests that need it are skipped, with the reason,
/// only where the toolchain is not installed (build/test.sh installs it).
/// </summary>
public sealed class GoToolchain
{
    private readonly string _root;
    private readonly string _gitConfig;

    private GoToolchain(string root)
    {
        _root = root;
        Directory.CreateDirectory(root);
        _gitConfig = Path.Combine(root, "gitconfig");
        File.WriteAllText(_gitConfig, string.Empty);
    }

    public static GoToolchain InOrSkip(string root)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => File.Exists(Path.Combine(d, "go")));
        Assert.SkipUnless(found, "Go's toolchain is not installed (apt-get install golang-go; build/test.sh does it): the go.sum lines cannot be checked against Go itself");
        return new GoToolchain(root);
    }

    /// <summary>The module cache's download directory, laid out as a GOPROXY serves modules (usable as <c>GOPROXY=file://…</c>).</summary>
    public string DownloadCache => Path.Combine(_root, "gopath", "pkg", "mod", "cache", "download");

    /// <summary>Makes <c>https://HOST/NAME</c> (module paths <c>example.com/NAME.git…</c>, or <c>github.com/OWNER/NAME</c>) fetch from a local repository.</summary>
    public void Serve(string name, string repository, string host = "example.com") =>
        File.AppendAllText(_gitConfig, $"[url \"file://{repository}\"]\n\tinsteadOf = https://{host}/{name}\n");

    /// <summary>What <c>go mod download -json</c> says about one module version.</summary>
    public (string? Sum, string? GoModSum, string? Zip, string? Error) Download(string module, string version)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_root, "download-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var output = Run(directory, new Dictionary<string, string>(), "mod", "download", "-json", $"{module}@{version}").Output;
        using var json = JsonDocument.Parse(output);
        string? Field(string name) => json.RootElement.TryGetProperty(name, out var value) ? value.GetString() : null;
        return (Field("Sum"), Field("GoModSum"), Field("Zip"), Field("Error"));
    }

    /// <summary>Runs go in <paramref name="directory"/>; <paramref name="environment"/> overrides the defaults (GOPROXY=direct, GOFLAGS=-mod=mod).</summary>
    public (int ExitCode, string Output, string Error) Run(string directory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("go") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var settings = new Dictionary<string, string>
        {
            ["HOME"] = _root,
            ["GOPATH"] = Path.Combine(_root, "gopath"),
            ["GOCACHE"] = Path.Combine(_root, "gocache"),
            ["GOENV"] = "off",
            ["GOWORK"] = "off",
            ["GO111MODULE"] = "on",
            ["GOTOOLCHAIN"] = "local",
            ["GOPROXY"] = "direct",
            ["GOSUMDB"] = "off",
            ["GONOSUMDB"] = "*",
            ["GOFLAGS"] = "-mod=mod -modcacherw",
            ["CGO_ENABLED"] = "0",
            ["GIT_CONFIG_GLOBAL"] = _gitConfig,
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_TERMINAL_PROMPT"] = "0",
        };
        foreach (var (key, value) in settings.Concat(environment))
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.GetAwaiter().GetResult());
    }
}

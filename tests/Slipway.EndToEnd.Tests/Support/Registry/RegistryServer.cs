using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Slipway.EndToEnd.Tests.Support.Registry;

/// <summary>
/// A real CNCF distribution registry (Debian's docker-registry) on 127.0.0.1 with a free port and its
/// storage in a temporary directory, optionally behind htpasswd or token auth; stopped on dispose.
/// </summary>
public sealed class RegistryServer : IDisposable
{
    private readonly Process _process;

    private RegistryServer(string directory, int port, Process process)
    {
        Directory = directory;
        Port = port;
        _process = process;
    }

    public string Directory { get; }

    public int Port { get; }

    /// <summary>host:port, as it appears in image references.</summary>
    public string Address => $"127.0.0.1:{Port}";

    /// <summary>Starts a registry; <paramref name="authYaml"/> is the config's auth: block, indented by two spaces.</summary>
    public static RegistryServer Start(string? authYaml = null, string? directory = null)
    {
        directory ??= Path.Combine(Path.GetTempPath(), "slipway-registry-" + Guid.NewGuid().ToString("N")[..10]);
        System.IO.Directory.CreateDirectory(directory);
        var port = FreePort();
        var config = Path.Combine(directory, "config.yml");
        File.WriteAllText(config, $"""
            version: 0.1
            log:
              level: error
              accesslog:
                disabled: true
            storage:
              filesystem:
                rootdirectory: {Path.Combine(directory, "storage")}
              delete:
                enabled: true
            http:
              addr: 127.0.0.1:{port}
            {(authYaml is null ? string.Empty : "auth:\n" + authYaml)}
            """);
        var info = new ProcessStartInfo("docker-registry", ["serve", config])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RegistryServer(directory, port, process);
        server.WaitUntilAnswering();
        return server;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Copies <paramref name="layoutTag"/> of an OCI layout (all platforms, digests kept) to <c>REPO:TAG</c> here.</summary>
    public void Push(string layout, string layoutTag, string target, string? credentials = null)
    {
        List<string> args = ["--insecure-policy", "copy", "-q", "--all", "--preserve-digests", "--dest-tls-verify=false"];
        if (credentials is not null)
        {
            args.Add("--dest-creds=" + credentials);
        }

        args.AddRange([$"oci:{layout}:{layoutTag}", $"docker://{Address}/{target}"]);
        var info = new ProcessStartInfo("skopeo", args) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment.Remove("REGISTRY_AUTH_FILE");
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"skopeo copy to {target} failed: {error.GetAwaiter().GetResult()}");
        }
    }

    /// <summary>Stops the registry now (a registry that goes away mid-check).</summary>
    public void Stop()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a temporary directory left behind is not a test failure
        }
    }

    private void WaitUntilAnswering()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"docker-registry exited with {_process.ExitCode}; config in {Directory}");
            }

            try
            {
                using var response = http.GetAsync($"http://{Address}/v2/").GetAwaiter().GetResult();
                return; // 200, or 401 when auth is on: either way it answers
            }
            catch (HttpRequestException)
            {
                Thread.Sleep(50);
            }
            catch (TaskCanceledException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException("docker-registry did not answer within 20s");
    }
}

using System.Diagnostics;
using Slipway.Cli;
using Slipway.Cli.Output;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// Runs slipway: in-process for the many cases where only arguments, files and output matter, and as
/// a real process (the built slipway.dll, with its own environment) for true end-to-end runs.
/// </summary>
public static class Tool
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "slipway.dll");

    public static CliResult Run(string directory, params string[] args) => Run(directory, new TestHost(), args);

    /// <summary>Runs in-process with <paramref name="host"/>'s environment (and nothing of the machine's) and its virtual clock.</summary>
    public static CliResult Run(string directory, TestHost host, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SlipwayApp.Run(args, CliIO.Captured(output, error), directory, host.Host);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built tool as its own process; <paramref name="asUser"/> (a numeric uid, also used as gid) runs it as another user via setpriv.</summary>
    public static CliResult RunProcess(string directory, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null, string? asUser = null) =>
        RunProcessUnder(asUser is null ? [] : ["setpriv", "--reuid", asUser, "--regid", asUser, "--clear-groups", "--reset-env"], directory, args, environment, asUser);

    /// <summary>Runs the built tool as its own process, started by <paramref name="wrapper"/> (strace, setpriv…) when one is given.</summary>
    public static CliResult RunProcessUnder(IReadOnlyList<string> wrapper, string directory, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null, string? asUser = null)
    {
        var info = new ProcessStartInfo(wrapper.Count == 0 ? "dotnet" : wrapper[0]);
        foreach (var part in wrapper.Skip(1).Append(wrapper.Count == 0 ? null : "dotnet").OfType<string>())
        {
            info.ArgumentList.Add(part);
        }

        // Another user runs a copy it can reach (a build under a private directory is out of its reach).
        info.ArgumentList.Add(asUser is null ? Dll : ReadableBuild.DllFor(asUser));
        return Start(info, directory, args, environment, asUser);
    }

    /// <summary>Runs <paramref name="executable"/> (the native slipway) as its own process, with the environment <see cref="RunProcess"/> gives.</summary>
    public static CliResult RunExecutable(string executable, string directory, IReadOnlyList<string> args) =>
        Start(new ProcessStartInfo(executable), directory, args, environment: null, asUser: null);

    private static CliResult Start(ProcessStartInfo info, string directory, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment, string? asUser)
    {
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.WorkingDirectory = directory;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.Environment["NO_COLOR"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (asUser is not null)
        {
            info.Environment["HOME"] = "/tmp";
            info.Environment["DOTNET_CLI_HOME"] = "/tmp";
            info.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH")!;
        }

        // A token of the machine's must never reach a test's run; a test that wants one gives it.
        foreach (var name in (string[])["GITHUB_TOKEN", "GH_TOKEN", Core.Forges.GitHub.GitHubEndpoint.ApiVariable])
        {
            info.Environment.Remove(name);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, output, error.GetAwaiter().GetResult());
    }
}

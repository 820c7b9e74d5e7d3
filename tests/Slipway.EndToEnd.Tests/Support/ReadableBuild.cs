using System.Diagnostics;
using System.Runtime.Versioning;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// The built tool where another user can run it. The build lives under the checkout, and a checkout in
/// a private directory (<c>mktemp -d</c> makes it mode 700) is out of that user's reach: the dotnet host
/// fails at <c>realpath</c> before Slipway starts. So the tool's files are copied once per test run into a
/// world-readable temporary directory, removed when the run ends.
/// </summary>
public static class ReadableBuild
{
    private const UnixFileMode ReadableFile = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode ReadableDirectory = ReadableFile | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    private static readonly Lock Gate = new();
    private static string? _copy;

    /// <summary>The copied slipway.dll; skips the test, saying why, when <paramref name="user"/> still cannot reach it or the dotnet host.</summary>
    public static string DllFor(string user)
    {
        var dll = OperatingSystem.IsLinux() ? Copied() : throw new InvalidOperationException("another user runs the tool through setpriv, which only Linux has");

        var unreachable = Unreachable(user, dll);
        if (unreachable is not null)
        {
            Assert.Skip($"user {user} cannot run the tool here: {unreachable}");
        }

        return dll;
    }

    [SupportedOSPlatform("linux")]
    private static string Copied()
    {
        lock (Gate)
        {
            _copy ??= CopyBuild();
            return Path.Combine(_copy, "slipway.dll");
        }
    }

    [SupportedOSPlatform("linux")]
    private static string CopyBuild()
    {
        var target = Directory.CreateTempSubdirectory("slipway-tool-").FullName;
        File.SetUnixFileMode(target, ReadableDirectory);
        CopyTree(AppContext.BaseDirectory, target);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(target, recursive: true);
        return target;
    }

    [SupportedOSPlatform("linux")]
    private static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source))
        {
            var copy = Path.Combine(target, Path.GetFileName(file));
            File.Copy(file, copy);
            File.SetUnixFileMode(copy, ReadableFile);
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            var copy = Directory.CreateDirectory(Path.Combine(target, Path.GetFileName(directory))).FullName;
            File.SetUnixFileMode(copy, ReadableDirectory);
            CopyTree(directory, copy);
        }
    }

    /// <summary>What <paramref name="user"/> cannot reach (the temporary directory itself may be private, as may the dotnet host), or null.</summary>
    private static string? Unreachable(string user, string dll)
    {
        var info = new ProcessStartInfo("setpriv") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var part in (string[])["--reuid", user, "--regid", user, "--clear-groups", "--reset-env", "sh", "-c",
                     "command -v dotnet >/dev/null || { echo 'no dotnet on its PATH'; exit 1; }; test -r \"$1\" || { echo \"$1 is not readable\"; exit 1; }",
                     "sh", dll])
        {
            info.ArgumentList.Add(part);
        }

        info.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH")!;
        using var probe = Process.Start(info)!;
        var said = probe.StandardOutput.ReadToEnd() + probe.StandardError.ReadToEnd();
        probe.WaitForExit();
        return probe.ExitCode == 0 ? null : said.Trim();
    }
}

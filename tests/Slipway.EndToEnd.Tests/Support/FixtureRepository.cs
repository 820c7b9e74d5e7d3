using System.Diagnostics;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// Builds a fixture's repository: copies its files and slipway.yaml into a fresh directory and runs
/// its history.sh there (bash, with pinned identities and dates from lib.sh).
/// </summary>
public static class FixtureRepository
{
    public static string Root(string kind) => Path.Combine(RepositoryRoot.Path, "tests", "Slipway.EndToEnd.Tests", "Fixtures", kind);

    public static IEnumerable<string> Cases(string kind) =>
        Directory.EnumerateDirectories(Root(kind)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static TestRepository Build(string kind, string name)
    {
        var fixture = Path.Combine(Root(kind), name);
        var repository = TestRepository.CreateEmpty();
        foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories).Where(f => IsContent(fixture, f)))
        {
            var relative = Path.GetRelativePath(fixture, file);
            var target = relative.StartsWith("files/", StringComparison.Ordinal) ? relative["files/".Length..] : relative;
            repository.Write(target, File.ReadAllText(file));
        }

        var info = new ProcessStartInfo("bash", [Path.Combine(fixture, "history.sh")]) { WorkingDirectory = repository.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{name}/history.sh failed: {error.GetAwaiter().GetResult()}");
        }

        return repository;
    }

    // history.sh, args and the expected outputs describe the case; they are not part of the repository.
    private static bool IsContent(string fixture, string file) =>
        Path.GetRelativePath(fixture, file) is var relative
        && (relative == "slipway.yaml" || relative.StartsWith("files/", StringComparison.Ordinal));
}

using System.Diagnostics;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// The repository of issue 9's reports: many files named by one <c>files:</c> glob, each holding the
/// version once, committed on main. Copies of it are made with <c>cp -a</c>, history and all.
/// </summary>
public static class ManyFiles
{
    public const string Config = "name: many\nversions:\n  - files: 'versions/*.txt'\n    regex: 'version = (?<version>\\S+)'\n";

    public static TestRepository Create(int count, string version = "1.0.0", string extraConfig = "")
    {
        var repo = TestRepository.Create();
        for (var i = 1; i <= count; i++)
        {
            repo.Write($"versions/v{i:D3}.txt", $"# file {i}\nversion = {version}\nend\n");
        }

        repo.Write("slipway.yaml", Config + extraConfig);
        repo.Commit("initial import");
        return repo;
    }

    /// <summary>A copy of <paramref name="template"/> (work tree and .git) in a fresh directory.</summary>
    public static TestRepository Copy(TestRepository template)
    {
        var copy = TestRepository.CreateEmpty();
        using var process = Process.Start(new ProcessStartInfo("cp", ["-a", template.Path + "/.", copy.Path]))!;
        process.WaitForExit();
        process.ExitCode.ShouldBe(0);
        return copy;
    }

    /// <summary>The versions the files hold, with how many hold each.</summary>
    public static IReadOnlyDictionary<string, int> Versions(TestRepository repo) => Directory
        .EnumerateFiles(repo.File("versions"), "v*.txt")
        .Select(f => File.ReadAllLines(f)[1])
        .GroupBy(line => line, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Files Slipway keeps for a write in progress (the lock and its owner note are not such files).</summary>
    public static IReadOnlyList<string> WriteState(TestRepository repo)
    {
        var directory = repo.File(".git/slipway/write");
        return Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToList() : [];
    }
}

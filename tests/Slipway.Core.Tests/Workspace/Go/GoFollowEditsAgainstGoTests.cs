using Slipway.Core.Editing;
using Slipway.Core.Editing.Locators;
using Slipway.Core.Git;
using Slipway.Core.References;
using Slipway.Core.Workspace.Go;

namespace Slipway.Core.Tests.Workspace.Go;

/// <summary>
/// A downstream module that Go itself tidied and vendored at the upstream's v1.2.3 is moved to v1.3.0
/// by Slipway alone (require line, go.sum, vendor/modules.txt, offline). Go then accepts the result
/// from a GOPROXY=file:// directory made from the upstream's tag: it verifies the sums, and its own
/// tidy and vendor write exactly the bytes Slipway wrote in those three files.
/// </summary>
public sealed class GoFollowEditsAgainstGoTests : IDisposable
{
    private static readonly Dictionary<string, string> Direct = [];

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Go_accepts_the_edited_go_mod_go_sum_and_modules_txt_and_writes_the_same_bytes()
    {
        var go = GoToolchain.InOrSkip(Path.Combine(_directory.Path, "go"));
        var upstream = GitRepository.Init(Path.Combine(_directory.Path, "up"));
        upstream.Write("go.mod", "module example.com/up.git\n\ngo 1.18\n").Write("up.go", "package up\n\nconst Version = \"1.2.3\"\n").Commit("v1.2.3");
        upstream.Git("tag", "v1.2.3");
        upstream.Write("go.mod", "module example.com/up.git\n\ngo 1.19\n").Write("up.go", "package up\n\nconst Version = \"1.3.0\"\n").Commit("v1.3.0");
        upstream.Git("tag", "v1.3.0");
        var other = GitRepository.Init(Path.Combine(_directory.Path, "other"));
        other.Write("go.mod", "module example.com/other.git\n\ngo 1.17\n").Write("other.go", "package other\n\nconst Name = \"other\"\n").Commit("v0.1.0");
        other.Git("tag", "v0.1.0");
        go.Serve("up", upstream.Path);
        go.Serve("other", other.Path);

        var downstream = Path.Combine(_directory.Path, "operator");
        Write(downstream, "go.mod", "module example.com/operator\n\ngo 1.19\n\nrequire (\n\texample.com/other.git v0.1.0\n\texample.com/up.git v1.2.3 // the upstream\n)\n");
        Write(downstream, "main.go", "package main\n\nimport (\n\t\"example.com/other.git\"\n\tup \"example.com/up.git\"\n)\n\nfunc main() { println(other.Name, up.Version) }\n");
        Succeeds(go.Run(downstream, Direct, "mod", "tidy"));
        Succeeds(go.Run(downstream, Direct, "mod", "vendor"));

        // Slipway's part: the require line through the gomod locator, go.sum and modules.txt from the upstream's objects.
        var goMod = File.ReadAllText(Path.Combine(downstream, "go.mod"));
        File.WriteAllText(Path.Combine(downstream, "go.mod"), VersionRewriter.Rewrite(new GoModLocator("example.com/up.git"), goMod, "v1.3.0"));
        var sums = GoModuleHasher.HashAtTag(new GitRunner(upstream.Path), new GoModuleVersion("example.com/up.git", "v1.3.0"));
        foreach (var edit in GoFollowEdits.Plan(new DocumentCache(downstream), "go.mod", sums, "v1.2.3"))
        {
            File.WriteAllBytes(Path.Combine(downstream, edit.Path), edit.NewBytes);
        }

        var written = Snapshot(downstream);
        written["go.sum"].ShouldContain(sums.Line + "\n");
        written["vendor/modules.txt"].ShouldContain("# example.com/up.git v1.3.0\n## explicit; go 1.19\n");

        // Go's part, from a file proxy holding what Go downloads from the tags, with an empty module cache.
        Succeeds(go.Run(downstream, Direct, "mod", "download", "example.com/up.git@v1.3.0"));
        var proxy = CopyDirectory(go.DownloadCache, Path.Combine(_directory.Path, "proxy"));
        var offline = new Dictionary<string, string> { ["GOPROXY"] = "file://" + proxy, ["GOPATH"] = Path.Combine(_directory.Path, "fresh") };
        Succeeds(go.Run(downstream, offline, "list", "-mod=vendor", "./...")).ShouldContain("example.com/operator");
        Succeeds(go.Run(downstream, offline, "mod", "verify")).ShouldContain("all modules verified");
        Succeeds(go.Run(downstream, offline, "mod", "tidy"));
        Succeeds(go.Run(downstream, offline, "mod", "vendor"));
        var rewritten = Snapshot(downstream);
        foreach (var file in new[] { "go.mod", "go.sum", "vendor/modules.txt" })
        {
            rewritten[file].ShouldBe(written[file], file);
        }

        // The vendored sources themselves are go mod vendor's to refresh (an after-bump command), not Slipway's.
        rewritten["vendor/example.com/up.git/up.go"].ShouldContain("1.3.0");
    }

    private static string Succeeds((int ExitCode, string Output, string Error) run)
    {
        run.ExitCode.ShouldBe(0, run.Error);
        return run.Output + run.Error;
    }

    private static void Write(string directory, string relative, string text)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, relative), text);
    }

    private static SortedDictionary<string, string> Snapshot(string directory) => new(
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), File.ReadAllText),
        StringComparer.Ordinal);

    private static string CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }
}

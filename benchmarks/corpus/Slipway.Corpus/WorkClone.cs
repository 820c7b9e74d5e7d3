using System.Diagnostics;
using Slipway.Core.Git;

namespace Slipway.Corpus;

/// <summary>
/// A throw-away clone of a project's snapshot (objects shared with the snapshot, which is never
/// written), checked out at one commit at a time, and the built slipway run inside it.
/// </summary>
internal sealed class WorkClone
{
    /// <summary>The configuration the replay writes into the clone (not slipway.yaml, which a project may have).</summary>
    public const string ConfigName = ".slipway-corpus.yaml";

    private readonly string _slipway;
    private readonly List<string> _written = [];

    // Files whose content the snapshot lacks, left out of every checkout.
    private readonly List<string> _absent = [];

    private WorkClone(string path, string slipway)
    {
        Path = path;
        _slipway = slipway;
        Git = new GitRunner(path);
    }

    public string Path { get; }

    public GitRunner Git { get; }

    public static WorkClone Open(string mirror, string path, string slipway)
    {
        if (!Directory.Exists(System.IO.Path.Combine(path, ".git")))
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            new GitRunner(System.IO.Path.GetDirectoryName(path)!).Check("clone", "--quiet", "--shared", "--no-checkout", mirror, path);
        }

        var clone = new WorkClone(path, slipway);
        clone.Git.Check("fetch", "--quiet", "--tags", "--force", mirror, "+refs/heads/*:refs/remotes/origin/*");
        return clone;
    }

    /// <summary>The tree of <paramref name="commit"/> and nothing else: no edits, no untracked or ignored files.</summary>
    /// <remarks>
    /// A snapshot may lack the content of its largest files (git-cliff's 10 MB animation): such a
    /// file is left out of the work tree (sparse checkout) rather than failing every release whose
    /// tree has it. No version lives in such files, and git still knows their paths.
    /// </remarks>
    public void Checkout(string commit)
    {
        while (Git.Run("checkout", "--quiet", "--force", "--detach", commit) is { Succeeded: false } failed)
        {
            var absent = AbsentFiles(failed.Error).Except(_absent, StringComparer.Ordinal).ToList();
            if (absent.Count == 0)
            {
                Git.Check("checkout", "--quiet", "--force", "--detach", commit);
            }

            _absent.AddRange(absent);
            Git.Check(["sparse-checkout", "set", "--no-cone", "/*", .. _absent.Select(path => "!/" + path)]);
        }

        Git.Check("clean", "--quiet", "-ffdx");
    }

    // git: "error: unable to read sha1 file of website/static/img/anim.gif (f19639bd…)".
    internal static IEnumerable<string> AbsentFiles(string error) =>
        System.Text.RegularExpressions.Regex.Matches(error, @"^error: unable to read sha1 file of (?<path>.+) \([0-9a-f]{40,64}\)$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups["path"].Value);

    /// <summary>Writes the era's configuration (and the notes template it names) into the clone, until <see cref="RemoveConfig"/>.</summary>
    public void WriteConfig(EraConfig config) => _written.AddRange(config.WriteInto(Path, ConfigName));

    public void RemoveConfig()
    {
        _written.ForEach(File.Delete);
        _written.Clear();
    }

    public string Diff(params string[] revisions) =>
        Git.Check(["-c", "core.quotePath=false", "diff", "-U0", "--no-color", "--no-renames", "--no-ext-diff", .. revisions]);

    /// <summary>Runs slipway in the clone; no GitHub token reaches it, so every answer comes from git alone.</summary>
    public (int Exit, string Out, string Error) Slipway(params string[] arguments)
    {
        var info = new ProcessStartInfo(_slipway)
        {
            WorkingDirectory = Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var variable in new[] { "GITHUB_TOKEN", "GH_TOKEN", "GH_CONFIG_DIR" })
        {
            info.Environment.Remove(variable);
        }

        info.Environment["NO_COLOR"] = "1";
        info.Environment["GH_CONFIG_DIR"] = System.IO.Path.Combine(Path, ".git", "no-gh-config");
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.GetAwaiter().GetResult());
    }
}

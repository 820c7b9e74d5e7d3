using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// Completion of values in a real bash, with the script 'slipway completion bash' prints: the steps
/// left in the release in progress for done and skip, and the versions the repository knows for tag,
/// retag and --version.
/// </summary>
public sealed class CompletionValueTests
{
    [Fact]
    public void Bash_completes_versions_from_the_tags_and_next_and_steps_from_the_release_in_progress()
    {
        using var repo = TestRepository.Create("kubeopencode");
        repo.Git("tag", "-a", "v0.1.0", "-m", "v0.1.0");
        repo.Write("cmd/kubeopencode/feature.go", "package main\n");
        repo.Commit("feat: a feature");
        using var origin = RemoteRepository.For(repo);

        var before = Complete(repo.Path, "slipway tag ", "slipway retag --version ", "slipway verify --version 0.2", "slipway done ");
        before["slipway tag "].ShouldBe(["0.1.0", "0.2.0"], ignoreOrder: true); // what next computes, and what the files hold
        Complete(repo.Path, "slipway tag --")["slipway tag --"].ShouldBeEmpty(); // an option being typed: no values
        before["slipway retag --version "].ShouldBe(["0.1.0"]);
        before["slipway verify --version 0.2"].ShouldBe(["0.2.0"]);
        before["slipway done "].ShouldBe(["crd-upgrade-table"]); // no release in progress: every manual step

        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldSucceed().Out.ShouldContain("Waiting at pull-request");
        var during = Complete(repo.Path, "slipway skip ", "slipway status --version ", "slipway abort --version 0", "slipway done crd");
        during["slipway skip "].ShouldContain("crd-upgrade-table");
        during["slipway skip "].ShouldNotContain("preflight"); // done already
        during["slipway skip "].ShouldNotContain("bump");
        during["slipway status --version "].ShouldBe(["0.2.0"]);
        during["slipway abort --version 0"].ShouldBe(["0.2.0"]);
        during["slipway done crd"].ShouldBe(["crd-upgrade-table"]);

        origin.MergePullRequest("release/v0.2.0");
        Tool.Run(repo.Path, "resume").ShouldSucceed();
        Tool.Run(repo.Path, "done", "crd-upgrade-table").ShouldSucceed();
        var after = Complete(repo.Path, "slipway retag --version ", "slipway resume --version ", "slipway status --version ");
        after["slipway status --version "].ShouldBe(["0.2.0"]); // status shows a finished release too
        after["slipway retag --version "].ShouldBe(["0.1.0", "0.2.0"], ignoreOrder: true);
        after["slipway resume --version "].ShouldBeEmpty(); // nothing in progress to resume
    }

    [Fact]
    public void In_a_workspace_done_completes_the_handoffs_a_person_may_mark_merged()
    {
        using var workspace = new BpfmanWorkspace();
        var directory = workspace.Directory.Path;
        CliResult Run(params string[] args) => Tool.RunProcess(directory, args);
        Complete(directory, "slipway done ")["slipway done "].ShouldBe(["community-operators"]); // no release in progress: every hand-off

        Run("release", "0.9.0", "--yes").ShouldSucceed();
        Complete(directory, "slipway done ")["slipway done "].ShouldBeEmpty(); // the hand-off has not started: nothing a person can mark yet
        workspace.BpfmanOrigin.MergePullRequest("release/v0.9.0");
        workspace.DocsOrigin.MergePullRequest("release/v0.9.0");
        Run("resume").ShouldSucceed();
        workspace.OperatorOrigin.MergePullRequest("release/v0.9.0");
        Run("resume").ShouldSucceed().Out.ShouldContain("then 'slipway done community-operators'");

        var waiting = Complete(directory, "slipway done ", "slipway done comm", "slipway done x");
        waiting["slipway done "].ShouldBe(["community-operators"]);
        waiting["slipway done comm"].ShouldBe(["community-operators"]);
        waiting["slipway done x"].ShouldBeEmpty();
        Complete(workspace.Bpfman.Path, $"slipway done --workspace {workspace.Directory.File("slipway.workspace.yaml")} ").Values.Single().ShouldBe(["community-operators"]);
    }

    [Fact]
    public void Outside_a_repository_with_a_configuration_values_complete_to_nothing_and_say_nothing()
    {
        var empty = Directory.CreateTempSubdirectory("slipway-nothing-").FullName;
        Complete(empty, "slipway done ", "slipway tag ").Values.ShouldAllBe(words => words.Length == 0);
    }

    // Each line as bash completes it at its end: the values COMPREPLY holds (after a space, the command's options are offered too).
    private static Dictionary<string, string[]> Complete(string directory, params string[] lines)
    {
        var bin = Directory.CreateTempSubdirectory("slipway-bin-").FullName;
        File.WriteAllText(Path.Combine(bin, "completion.bash"), Tool.Run(directory, "completion", "bash").ShouldSucceed().Out);
        var script = """
            slipway() { dotnet "$DLL" "$@"; }
            source "$BIN/completion.bash"
            while IFS= read -r line; do
              COMP_LINE="$line"; COMP_POINT=${#line}; read -ra COMP_WORDS <<< "$line"
              [[ "$line" == *" " ]] && COMP_WORDS+=("")
              COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
              _slipway_complete; echo "$line=>${COMPREPLY[*]}"
            done < "$BIN/lines"
            """;
        File.WriteAllText(Path.Combine(bin, "lines"), string.Join('\n', lines) + "\n");
        var output = TerminalTests.Run("bash", ["-c", script], directory, new() { ["BIN"] = bin, ["DLL"] = TerminalTests.Dll });
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split("=>", 2))
            .ToDictionary(p => p[0], p => p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w[0] is not ('-' or '/')).ToArray());
    }
}

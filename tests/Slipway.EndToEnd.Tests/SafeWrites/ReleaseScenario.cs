using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests.SafeWrites;

/// <summary>One command of a release and what it prints when it ends, and what happens on the forge after it (a merge).</summary>
public sealed record ReleaseStage(string[] Command, string Expect, Action<ScenarioRun>? Then = null);

/// <summary>A whole release of one of the examples, command by command, against a bare remote, and the checks of its end state.</summary>
public sealed record ReleaseScenario(string Name, string Example, Action<ScenarioRun> Prepare, IReadOnlyList<ReleaseStage> Stages, Action<ScenarioRun> Verify)
{
    public static ReleaseScenario KubeOpenCode { get; } = new("kubeopencode 0.2.0", "kubeopencode", _ => { },
        [
            new(["release", "0.2.0", "--yes"], "Waiting at pull-request", run => run.Merges.Add(run.Origin.MergePullRequest("release/v0.2.0"))),
            new(["resume"], "Waiting at crd-upgrade-table"),
            new(["done", "crd-upgrade-table"], "v0.2.0 is released."),
        ],
        run =>
        {
            var origin = run.Origin;
            origin.Git("rev-list", "--count", "main..release/v0.2.0").Trim().ShouldBe("0");
            origin.Git("rev-list", "--count", "--first-parent", "main^2", "^main^1").Trim().ShouldBe("1"); // one release commit
            origin.Git("rev-parse", "v0.2.0^{commit}").Trim().ShouldBe(run.Merges[0]);
            origin.Git("for-each-ref", "--format=%(refname)").Trim().Split('\n').Order().ShouldBe(["refs/heads/main", "refs/heads/release/v0.2.0", "refs/tags/v0.2.0"]);
            run.Repo.Git("status", "--porcelain", "--ignored").ShouldBeEmpty();
            run.AllStepsDone("v0.2.0");
        });

    public static ReleaseScenario Bpfman { get; } = new("bpfman 0.5.2", "bpfman", run =>
        {
            run.Repo.Git("tag", "-a", "v0.5.1", "-m", "Release v0.5.1");
            run.Repo.Git("push", "-q", "origin", "v0.5.1");
            run.Repo.Write("CHANGES", "a change to release\n");
            run.Repo.Commit("fix: a change to release");
            run.Repo.Git("push", "-q", "origin", "HEAD");
        },
        [
            new(["release", "0.5.2", "--yes"], "Waiting at pull-request", run => run.Merges.Add(run.Origin.MergePullRequest("release/v0.5.2"))),
            new(["resume"], "Waiting at release-yamls"),
            new(["done", "release-yamls"], "Waiting at post-release", run => run.Origin.MergePullRequest("release/v0.5.2-post")),
            new(["resume"], "v0.5.2 is released."),
        ],
        run =>
        {
            var origin = run.Origin;
            origin.Git("rev-parse", "v0.5.2^{commit}").Trim().ShouldBe(run.Merges[0]);
            origin.Git("rev-list", "--count", $"{run.Merges[0]}^1..{run.Merges[0]}^2").Trim().ShouldBe("1"); // one release commit
            origin.Show("v0.5.2", "bpfman/src/lib.rs").ShouldContain("xdp-dispatcher:v0.5.2");
            origin.Show("main", "bpfman/src/lib.rs").ShouldContain("xdp-dispatcher:latest");
            origin.Show("v0.5.2", "examples/config/v0.5.2/go-xdp-counter/kustomization.yaml").ShouldContain("newTag: v0.5.2");
            origin.Show("v0.5.2", "changelogs/CHANGELOG-v0.5.2.md").ShouldNotBeEmpty();
            run.Repo.Git("status", "--porcelain", "--ignored").Trim().ShouldBeOneOf("", "!! target/");
            run.AllStepsDone("v0.5.2");
        });

    /// <summary>KubeOpenCode stopped at an after-bump command that cannot run here (it left a file), and skipped on the record.</summary>
    public static ReleaseScenario KubeOpenCodeSkip { get; } = new("kubeopencode 0.2.0, after-bump skipped", "kubeopencode", run =>
        {
            var (repo, _) = (run.Repo, run.Origin);
            repo.Write("slipway.yaml", repo.Read("slipway.yaml").Replace("checks:\n", "after-bump:\n  - run: " + SkipStepTests.FailingCommand + "\nchecks:\n", StringComparison.Ordinal));
            repo.Commit("chore: regenerate the lockfile in the release");
            repo.Git("push", "-q", "origin", "main");
            Tool.RunProcess(repo.Path, ["release", "0.2.0", "--yes"]).ExitCode.ShouldBe(1);
        },
        [
            new(["skip", "after-bump", "--reason", "offline"], "Waiting at pull-request", run => run.Merges.Add(run.Origin.MergePullRequest("release/v0.2.0"))),
            new(["resume"], "Waiting at crd-upgrade-table"),
            new(["done", "crd-upgrade-table"], "v0.2.0 is released."),
        ],
        run =>
        {
            var origin = run.Origin;
            origin.Git("rev-parse", "v0.2.0^{commit}").Trim().ShouldBe(run.Merges[0]);
            origin.Git("rev-list", "--count", $"{run.Merges[0]}^1..{run.Merges[0]}^2").Trim().ShouldBe("1"); // one release commit
            origin.Git("diff-tree", "--no-commit-id", "--name-only", "-r", $"{run.Merges[0]}^2").Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldNotContain("Cargo.lock");
            run.Repo.Git("status", "--porcelain").Trim().ShouldBe("?? Cargo.lock"); // what the failed command left, not the release's
            run.StepsEnded("v0.2.0", skipped: ["after-bump"]);
        });

    /// <summary>KubeOpenCode with the next development version set after the release, by a follow-up branch.</summary>
    public static ReleaseScenario KubeOpenCodeDevelopment { get; } = new("kubeopencode 0.2.0, then 0.3.0-dev", "kubeopencode", run =>
        {
            var repo = run.Repo;
            repo.Write("slipway.yaml", repo.Read("slipway.yaml") + "  - name: announce\n    text: Announce {tag}\n    after: push-tag\ndevelopment: '{next_minor}-dev'\n");
            repo.Commit("chore: a development version after each release");
            repo.Git("push", "-q", "origin", "main");
        },
        [
            new(["release", "0.2.0", "--yes"], "Waiting at pull-request", run => run.Merges.Add(run.Origin.MergePullRequest("release/v0.2.0"))),
            new(["resume"], "Waiting at crd-upgrade-table"),
            new(["done", "crd-upgrade-table"], "Waiting at announce"),
            new(["done", "announce"], "Waiting at development", run => run.Origin.MergePullRequest("release/v0.2.0-development")),
            new(["resume"], "v0.2.0 is released."),
        ],
        run =>
        {
            var origin = run.Origin;
            origin.Git("rev-parse", "v0.2.0^{commit}").Trim().ShouldBe(run.Merges[0]);
            origin.Show("v0.2.0", "Makefile").ShouldContain("VERSION ?= 0.2.0\n");
            origin.Show("main", "Makefile").ShouldContain("VERSION ?= 0.3.0-dev\n");
            origin.Git("rev-list", "--count", "main^1..main^2").Trim().ShouldBe("1"); // one development commit
            run.Repo.Git("status", "--porcelain", "--ignored").ShouldBeEmpty();
            run.Repo.Git("branch", "--list").Trim().ShouldBe("* main");
            run.AllStepsDone("v0.2.0");
        });

    /// <summary>KubeOpenCode keeping one CHANGELOG.md: the notes step puts 0.2.0 above the release before it.</summary>
    public static ReleaseScenario KubeOpenCodeChangelog { get; } = new("kubeopencode 0.2.0 into CHANGELOG.md", "kubeopencode", run =>
        {
            var repo = run.Repo;
            repo.Write("slipway.yaml", repo.Read("slipway.yaml").Replace("notes:\n  style: github-sections\n", "notes:\n  style: keep-a-changelog\n  file: CHANGELOG.md\n", StringComparison.Ordinal));
            repo.Write("CHANGELOG.md", ChangelogBefore);
            repo.Commit("docs: keep a changelog");
            repo.Git("push", "-q", "origin", "main");
        },
        [
            new(["release", "0.2.0", "--yes"], "Waiting at pull-request", run => run.Merges.Add(run.Origin.MergePullRequest("release/v0.2.0"))),
            new(["resume"], "Waiting at crd-upgrade-table"),
            new(["done", "crd-upgrade-table"], "v0.2.0 is released."),
        ],
        run =>
        {
            var changelog = run.Origin.Show("v0.2.0", "CHANGELOG.md");
            changelog.ShouldStartWith("# Changelog\n\n## [0.2.0] - ");
            changelog.ShouldEndWith("\n\n## [0.1.0] - 2026-01-01\n\n### Added\n\n- The first agent\n");
            changelog.Split("## [0.2.0]").Length.ShouldBe(2, "the release's notes, once");
            run.Repo.Git("status", "--porcelain", "--ignored").ShouldBeEmpty();
            run.AllStepsDone("v0.2.0");
        });

    private const string ChangelogBefore = "# Changelog\n\n## [0.1.0] - 2026-01-01\n\n### Added\n\n- The first agent\n";

    public ScenarioRun Start() => new(this);
}

/// <summary>One run of a scenario in a fresh repository with its bare remote.</summary>
public sealed class ScenarioRun : IDisposable
{
    private readonly ReleaseScenario _scenario;

    public ScenarioRun(ReleaseScenario scenario)
    {
        _scenario = scenario;
        Repo = TestRepository.Create(scenario.Example);
        Origin = RemoteRepository.For(Repo);
        scenario.Prepare(this);
    }

    public TestRepository Repo { get; }

    public RemoteRepository Origin { get; }

    /// <summary>The merge commits of the release's pull requests, in order.</summary>
    public List<string> Merges { get; } = [];

    public void RunStagesBefore(int stage)
    {
        for (var i = 0; i < stage; i++)
        {
            Run(_scenario.Stages[i]);
        }
    }

    /// <summary>
    /// After stage <paramref name="killed"/> was killed: 'slipway resume' continues the release, unless
    /// the kill came before the command recorded anything (no journal yet, a manual step not yet
    /// marked), in which case the command is simply given again; then the rest, and the checks.
    /// </summary>
    public void Finish(int killed)
    {
        var stage = _scenario.Stages[killed];
        var resumed = Tool.RunProcess(Repo.Path, ["resume"]);
        var noneInProgress = resumed.ExitCode == 3 && resumed.Error.Contains("[SW314]", StringComparison.Ordinal);
        var nothingRecorded = (noneInProgress && killed == 0)
            || (resumed.ExitCode == 0 && !resumed.Out.Contains(stage.Expect, StringComparison.Ordinal) && stage.Command[0] == "done")
            || (resumed.ExitCode == 1 && stage.Command[0] == "skip"); // the skip was not recorded: the step ran, and failed, again
        if (nothingRecorded)
        {
            Run(stage);
        }
        else if (noneInProgress)
        {
            // Killed after it finished the release (releasing the lock): nothing is left to resume.
            resumed.Error.ShouldContain("is finished");
            stage.Then?.Invoke(this);
        }
        else
        {
            resumed.ShouldSucceed().Out.ShouldContain(stage.Expect);
            stage.Then?.Invoke(this);
        }

        for (var i = killed + 1; i < _scenario.Stages.Count; i++)
        {
            Run(_scenario.Stages[i]);
        }

        _scenario.Verify(this);
    }

    public void AllStepsDone(string tag) => StepsEnded(tag, skipped: []);

    /// <summary>Only the journal is left, and every step is done but <paramref name="skipped"/>.</summary>
    public void StepsEnded(string tag, IReadOnlyList<string> skipped)
    {
        Directory.EnumerateFiles(Repo.File(".git/slipway"), "*", SearchOption.AllDirectories).Select(Path.GetFileName)
            .Where(f => f is not "lock" and not "lock.owner").ShouldBe([tag + ".json"]);
        var journal = JsonDocument.Parse(File.ReadAllText(Repo.File($".git/slipway/releases/{tag}.json"))).RootElement;
        journal.GetProperty("steps").EnumerateArray().Where(s => !skipped.Contains(s.GetProperty("name").GetString()!))
            .Select(s => s.GetProperty("status").GetString()).Distinct().ShouldBe(["done"]);
        journal.GetProperty("steps").EnumerateArray().Where(s => skipped.Contains(s.GetProperty("name").GetString()!))
            .Select(s => s.GetProperty("status").GetString()).ShouldAllBe(status => status == "skipped");
    }

    public void Dispose()
    {
        Repo.Dispose();
        Origin.Dispose();
    }

    private void Run(ReleaseStage stage)
    {
        Tool.RunProcess(Repo.Path, stage.Command).ShouldSucceed().Out.ShouldContain(stage.Expect);
        stage.Then?.Invoke(this);
    }
}

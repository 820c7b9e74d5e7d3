using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// Issue 11, item 8, from the situation it describes: an after-bump command that cannot run here
/// (cargo generate-lockfile offline) fails, 'done' refuses it as not manual, and the only way on was
/// to edit slipway.yaml, which the release commit then took along without a word.
/// </summary>
public sealed class SkipStepTests
{
    private const string Offline = "cargo generate-lockfile cannot run offline";

    [Fact]
    public void A_failed_step_is_skipped_on_the_record_and_the_release_commit_holds_only_the_release_files()
    {
        var (repo, origin) = Failed();
        using var _ = repo;
        using var __ = origin;

        var done = Tool.Run(repo.Path, "done", "after-bump").ShouldExit(2);
        done.Error.ShouldContain("'after-bump' is not a manual step of this release");
        done.Error.ShouldContain("can be skipped with 'slipway skip after-bump --reason TEXT'");

        // A person edits the configuration mid-release: the plan is pinned, and going on needs a word.
        repo.Write("slipway.yaml", repo.Read("slipway.yaml") + "# lockfile: regenerate by hand\n");
        var refused = Tool.Run(repo.Path, "skip", "after-bump", "--reason", Offline).ShouldExit(3);
        refused.Error.ShouldContain("slipway.yaml changed since the release of v0.2.0 started; the steps are the same, their settings may differ [SW365]");
        refused.Error.ShouldContain("--accept-config-change");

        var skipped = Tool.Run(repo.Path, "skip", "after-bump", "--reason", Offline, "--accept-config-change").ShouldSucceed();
        skipped.Out.ShouldContain("Waiting at pull-request");
        skipped.Out.ShouldContain($"Skipped by hand: after-bump ({Offline})");

        // The release commit holds the references' files; not the edited configuration, not what the failed command left.
        origin.Git("diff-tree", "--no-commit-id", "--name-only", "-r", "release/v0.2.0").Split('\n', StringSplitOptions.RemoveEmptyEntries).Order()
            .ShouldBe(["CLAUDE.md", "Makefile", "agents/Makefile", "charts/kubeopencode/Chart.yaml", "docs/installation.md"]);
        var status = Tool.Run(repo.Path, "status").ShouldSucceed().Out;
        status.ShouldContain($"skipped by hand: {Offline}");
        status.ShouldContain("left out 2 changed file(s) the release did not change:");
        status.ShouldContain("slipway.yaml changed during the release, accepted");

        var journal = JsonDocument.Parse(File.ReadAllText(repo.File(".git/slipway/releases/v0.2.0.json"))).RootElement;
        var step = journal.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "after-bump");
        (step.GetProperty("status").GetString(), step.GetProperty("reason").GetString()).ShouldBe(("skipped", Offline));
        step.GetProperty("finished").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        journal.GetProperty("configurationChanges").GetArrayLength().ShouldBe(1);

        origin.MergePullRequest("release/v0.2.0");
        Tool.Run(repo.Path, "resume").ShouldSucceed().Out.ShouldContain("Waiting at crd-upgrade-table");
        Tool.Run(repo.Path, "done", "crd-upgrade-table").ShouldSucceed().Out.ShouldContain("v0.2.0 is released.");
        repo.Git("status", "--porcelain").Split('\n', StringSplitOptions.RemoveEmptyEntries).Order().ShouldBe([" M slipway.yaml", "?? Cargo.lock"]);
    }

    [Theory]
    [InlineData("preflight", "it checks that the release starts from a clean, up-to-date base")]
    [InlineData("bump", "the release is the version written into its references")]
    [InlineData("commit", "the release commit is what is merged and tagged")]
    [InlineData("tag", "a release is its tag")]
    [InlineData("push-tag", "a tag that is not pushed is not released")]
    public void Steps_the_release_stands_on_cannot_be_skipped(string name, string why)
    {
        var (repo, origin) = Failed();
        using var _ = repo;
        using var __ = origin;
        var before = File.ReadAllText(repo.File(".git/slipway/releases/v0.2.0.json"));

        var refused = Tool.Run(repo.Path, "skip", name, "--reason", "in a hurry").ShouldExit(2);

        refused.Error.ShouldContain($"'{name}' cannot be skipped: {why}");
        refused.Error.ShouldContain("[SW260]");
        File.ReadAllText(repo.File(".git/slipway/releases/v0.2.0.json")).ShouldBe(before);
    }

    [Fact]
    public void A_step_already_done_or_not_in_the_release_is_refused()
    {
        var (repo, origin) = Failed();
        using var _ = repo;
        using var __ = origin;

        Tool.Run(repo.Path, "skip", "preflight", "--reason", "x").ShouldExit(2);
        Tool.Run(repo.Path, "skip", "pins", "--reason", "x").ShouldExit(2).Error.ShouldContain("'pins' is not a step of the release of v0.2.0");
        Tool.Run(repo.Path, "skip", "after-bump", "--reason", "  ").ShouldExit(2).Error.ShouldContain("a skip needs a reason");
        Tool.Run(repo.Path, "skip", "after-bump", "--reason", Offline).ShouldSucceed();
        Tool.Run(repo.Path, "skip", "after-bump", "--reason", Offline).ShouldExit(3).Error.ShouldContain("'after-bump' is already skipped: skipped by hand: " + Offline + " [SW366]");
    }

    [Fact]
    public void A_changed_plan_is_named_and_an_accepted_one_runs_its_own_steps()
    {
        var (repo, origin) = Failed();
        using var _ = repo;
        using var __ = origin;
        repo.Write("slipway.yaml", repo.Read("slipway.yaml").Replace("after-bump:\n  - run: " + FailingCommand + "\n", string.Empty, StringComparison.Ordinal));

        Tool.Run(repo.Path, "resume").ShouldExit(3).Error.ShouldContain("steps dropped: after-bump [SW365]");
        Tool.Run(repo.Path, "resume", "--accept-config-change").ShouldSucceed().Out.ShouldContain("Waiting at pull-request");
        Tool.Run(repo.Path, "status").Out.ShouldContain("accepted");
    }

    internal const string FailingCommand = "'echo partial > Cargo.lock; echo \"error: no network\" >&2; exit 101'";

    // KubeOpenCode's release, stopped at an after-bump command that cannot run here, having left a file behind.
    internal static (TestRepository Repo, RemoteRepository Origin) Failed()
    {
        var repo = TestRepository.Create("kubeopencode");
        var origin = RemoteRepository.For(repo);
        repo.Write("slipway.yaml", repo.Read("slipway.yaml").Replace("checks:\n", "after-bump:\n  - run: " + FailingCommand + "\nchecks:\n", StringComparison.Ordinal));
        repo.Commit("chore: regenerate the lockfile in the release");
        repo.Git("push", "-q", "origin", "main");
        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldExit(1).Error.ShouldContain("exited with 101");
        return (repo, origin);
    }
}

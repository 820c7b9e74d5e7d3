using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// Issue 11, items 9 to 11, from bpfman-operator's and KubeOpenCode's practice: VERSION set to the
/// next -dev version after every release (and read as the start of the next one), checkpoints after
/// one step in their declared order, and a "Last Updated" line that holds the release's date.
/// </summary>
public sealed class DevelopmentVersionTests
{
    private static readonly string Today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_final_release_sets_the_next_development_version_by_a_follow_up_branch_and_the_next_release_starts_from_it()
    {
        using var repo = Scenario.DevelopmentRepository("development: '{next_minor}-dev'\n");
        using var origin = RemoteRepository.For(repo);

        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldSucceed().Out.ShouldContain("Waiting at pull-request");
        origin.MergePullRequest("release/v0.2.0");
        Tool.Run(repo.Path, "resume").ShouldSucceed().Out.ShouldContain("Waiting at crd-upgrade-table");
        Tool.Run(repo.Path, "done", "crd-upgrade-table").ShouldSucceed().Out.ShouldContain("Waiting at announce"); // declared order
        Tool.Run(repo.Path, "done", "announce").ShouldSucceed().Out
            .ShouldContain("Waiting at development: open a pull request from release/v0.2.0-development into main (it sets the development version 0.3.0-dev after v0.2.0)");
        origin.Show("v0.2.0", "Makefile").ShouldContain("VERSION ?= 0.2.0\n");
        origin.Show("v0.2.0", "CLAUDE.md").ShouldContain($"- **Last Updated**: {Today}\n");
        origin.Show("release/v0.2.0-development", "Makefile").ShouldContain("VERSION ?= 0.3.0-dev\n");
        origin.Show("release/v0.2.0-development", "charts/kubeopencode/Chart.yaml").ShouldContain("appVersion: \"v0.3.0-dev\"");
        origin.Show("release/v0.2.0-development", "docs/installation.md").ShouldContain("--version 0.2.0"); // when: final
        origin.Git("log", "-1", "--format=%s", "release/v0.2.0-development").Trim().ShouldBe("chore: begin 0.3.0-dev development after v0.2.0");

        origin.MergePullRequest("release/v0.2.0-development");
        Tool.Run(repo.Path, "resume").ShouldSucceed().Out.ShouldContain("v0.2.0 is released.");
        repo.Read("Makefile").ShouldContain("VERSION ?= 0.3.0-dev\n");
        repo.Git("branch", "--list").Trim().ShouldBe("* main");

        // The development version is the normal start of the next release: named, not silently replaced.
        var next = Tool.Run(repo.Path, "release", "minor", "--dry-run", "--allow-empty", "--json").ShouldSucceed().Out;
        next.ShouldContain("set to 0.3.0, from the development version 0.3.0-dev");
    }

    [Fact]
    public void With_post_push_the_development_version_goes_straight_to_the_base()
    {
        using var repo = Scenario.DevelopmentRepository("development:\n  version: '{next_patch}-dev'\n  post: push\n");
        using var origin = RemoteRepository.For(repo);

        Tool.Run(repo.Path, "release", "0.2.0", "--yes").ShouldSucceed();
        origin.MergePullRequest("release/v0.2.0");
        Tool.Run(repo.Path, "resume").ShouldSucceed();
        Tool.Run(repo.Path, "done", "crd-upgrade-table").ShouldSucceed();
        Tool.Run(repo.Path, "done", "announce").ShouldSucceed().Out.ShouldContain("v0.2.0 is released.");

        origin.Git("log", "-1", "--format=%s", "main").Trim().ShouldBe("chore: begin 0.2.1-dev development after v0.2.0");
        origin.Show("main", "Makefile").ShouldContain("VERSION ?= 0.2.1-dev\n");
        origin.Git("for-each-ref", "--format=%(refname)", "refs/heads").Trim().Split('\n').ShouldNotContain("refs/heads/release/v0.2.0-development");
    }

    [Fact]
    public void A_development_version_that_is_not_newer_stops_the_step_and_one_that_is_not_semver_is_refused_at_load()
    {
        using var repo = Scenario.DevelopmentRepository("development: 'dev-{next_minor}'\n");
        Tool.Run(repo.Path, "show").ShouldExit(2).Error
            .ShouldContain("development must be a SemVer version, e.g. '{next_minor}-dev', found 'dev-{next_minor}': for version 1.2.3 it is 'dev-1.3.0': not a SemVer version");

        using var older = Scenario.DevelopmentRepository("development: '{previous}'\n");
        using var origin = RemoteRepository.For(older);
        var plan = Tool.Run(older.Path, "release", "0.2.0", "--dry-run").ShouldExit(2);
        plan.Error.ShouldContain("release.development.version '{previous}' gives '' for 0.2.0, which is not a SemVer version newer than it [SW261]");
    }

    [Fact]
    public void A_bump_sets_a_dated_reference_to_today_and_keeps_it_out_of_the_agreement()
    {
        using var repo = Scenario.DevelopmentRepository(string.Empty);

        Tool.Run(repo.Path, "verify").ShouldSucceed();
        Tool.Run(repo.Path, "bump", "0.1.1").ShouldSucceed();

        repo.Read("CLAUDE.md").ShouldContain($"- **Last Updated**: {Today}\n");
        repo.Read("CLAUDE.md").ShouldContain("- **Version**: v0.1.1\n");
    }
}

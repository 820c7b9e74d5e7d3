using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// The API gate in the release run, on <see cref="CrdHistory"/>'s repository with a bare remote and
/// one more change after v0.7.0 that removes a field of the Agent CRD (breaking): a patch release is
/// refused before anything is touched (and so is its dry run), the minor release the change needs
/// goes through, with the CRD changes in its notes and its row in the upgrade table, both in the
/// release commit, and the dry run shows the same row.
/// </summary>
public sealed class ApiReleaseTests
{
    private const string Config = CrdHistory.Config + """
        notes:
          style: github-sections
          file: changelogs/CHANGELOG-{tag}.md

        """;

    [Fact]
    public void A_breaking_crd_change_refuses_a_patch_release_before_the_first_edit_and_its_dry_run_too()
    {
        using var repo = Breaking();
        using var origin = RemoteRepository.For(repo);
        var before = repo.Snapshot();

        foreach (var args in new[] { new[] { "release", "0.7.1", "--yes" }, ["release", "patch", "--yes"], ["release", "0.7.1", "--dry-run"] })
        {
            var refused = Tool.Run(repo.Path, args).ShouldExit(1);
            refused.Error.ShouldContain("0.7.1 is too low after 0.7.0: 1 breaking change before 1.0.0 needs a minor release [SW114]");
            refused.Error.ShouldContain("agents.kubeopencode.io/v1alpha1 .spec.skills: existingFieldRemoval");
            refused.Error.ShouldContain("hint: release 0.8.0 (or later)");
        }

        repo.Snapshot().ShouldBe(before);
        repo.Git("branch", "--list").Trim().ShouldBe("* main");
        origin.Ref("refs/heads/release/v0.7.1").ShouldBeNull();
        Tool.Run(repo.Path, "status").ShouldExit(3).Error.ShouldContain("no release is in progress, and none was made here [SW314]");
    }

    [Fact]
    public void The_release_the_change_needs_writes_the_notes_and_the_table_row_in_its_commit_as_its_dry_run_shows()
    {
        using var repo = Breaking();
        using var origin = RemoteRepository.For(repo);
        var plan = Tool.Run(repo.Path, "release", "minor", "--dry-run").ShouldSucceed().Out;
        plan.ShouldContain("1 CRD change(s) since v0.7.0, 1 breaking; 1 breaking change before 1.0.0 needs a minor release, 0.8.0 is enough");

        Tool.Run(repo.Path, "release", "minor", "--yes").ShouldSucceed().Out.ShouldContain("Waiting at pull-request");
        var commit = "refs/heads/release/v0.8.0";
        repo.Git("log", "-1", "--format=%s", commit).Trim().ShouldBe("chore: prepare v0.8.0 release");
        var changed = repo.Git("diff-tree", "--no-commit-id", "--name-only", "-r", commit).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        changed.ShouldBe(["VERSION", "changelogs/CHANGELOG-v0.8.0.md", "docs/upgrading.md"], ignoreOrder: true);

        // The table: the new row on top, padded to the columns, every other byte as it was.
        var table = repo.Git("show", $"{commit}:docs/upgrading.md");
        var row = table.Split('\n').Single(l => l.StartsWith("| v0.8.0", StringComparison.Ordinal));
        row.ShouldStartWith("| v0.8.0  | Yes         | ");
        table.ShouldBe(repo.Git("show", "v0.7.0:docs/upgrading.md").Replace("|-------------|\n", "|-------------|\n" + row + "\n", StringComparison.Ordinal));
        row.ShouldContain("skills");

        // The notes: under Breaking Changes, the helm reminder and the link to the upgrade procedure.
        var notes = repo.Git("show", $"{commit}:changelogs/CHANGELOG-v0.8.0.md");
        notes.ShouldContain("## Breaking Changes\n\n- **CRD changes**: ");
        notes.ShouldContain("`helm upgrade` does not update CRDs: apply the new CRDs before upgrading, as the [upgrade procedure](docs/upgrading.md) describes.");

        // The dry run announced this very row and these notes.
        plan.ShouldContain("+" + row);
        plan.ShouldContain("+- **CRD changes**: ");

        origin.MergePullRequest("release/v0.8.0");
        Tool.Run(repo.Path, "resume").ShouldSucceed().Out.ShouldContain("v0.8.0 is released.");
        origin.Ref("refs/tags/v0.8.0").ShouldNotBeNull();
    }

    [Fact]
    public void A_row_that_contradicts_the_crds_stops_the_release_before_its_commit()
    {
        using var repo = Breaking();
        var upgrading = repo.Read("docs/upgrading.md").Replace("|-------------|\n", "|-------------|\n| v0.8.0  | No          | Bug fixes only |\n", StringComparison.Ordinal);
        repo.Write("docs/upgrading.md", upgrading);
        repo.Commit("docs: a row written by hand, and wrong");
        using var origin = RemoteRepository.For(repo);

        var refused = Tool.Run(repo.Path, "release", "0.8.0", "--dry-run").ShouldExit(1);
        refused.Error.ShouldContain("docs/upgrading.md: the row of v0.8.0 says No, but the CRDs changed [SW112]");
    }

    [Fact]
    public void Every_notes_style_and_the_json_model_carry_the_crd_changes_and_a_compatible_change_is_a_new_feature()
    {
        using var repo = Breaking();
        const string Reminder = "`helm upgrade` does not update CRDs: apply the new CRDs before upgrading, as the [upgrade procedure](docs/upgrading.md) describes.";
        var sections = Tool.Run(repo.Path, "notes", "--version", "0.8.0").ShouldSucceed().Out;
        sections.ShouldStartWith("## Breaking Changes\n\n- **CRD changes**: Agent: removed `.spec.skills` (breaking). " + Reminder + "\n- **Agents lose skills**");

        var whatsChanged = Tool.Run(repo.Path, "notes", "--version", "0.8.0", "--style", "whats-changed").ShouldSucceed().Out;
        whatsChanged.ShouldStartWith("## What's Changed\n\n* **CRD changes**: Agent: removed `.spec.skills` (breaking). " + Reminder + "\n* feat: standby agents");

        var changelog = Tool.Run(repo.Path, "notes", "--version", "0.8.0", "--style", "keep-a-changelog").ShouldSucceed().Out;
        changelog.ShouldContain("### Changed\n\n- **Breaking:** **CRD changes**: Agent: removed `.spec.skills` (breaking). " + Reminder + "\n- **Breaking:** Agents lose skills");

        var json = System.Text.Json.JsonDocument.Parse(Tool.Run(repo.Path, "notes", "--version", "0.8.0", "--json").ShouldSucceed().Out).RootElement;
        var notice = json.GetProperty("notices").EnumerateArray().Single();
        notice.GetProperty("category").GetString().ShouldBe("breaking");
        notice.GetProperty("title").GetString().ShouldBe("CRD changes");

        // With a forge, the history file at the release's tag; api.upgrade-docs when configured.
        repo.Write("forge.yaml", Config + "forge:\n  repository: kubeopencode/kubeopencode\n");
        Tool.Run(repo.Path, "notes", "--version", "0.8.0", "--config", "forge.yaml").ShouldSucceed().Out
            .ShouldContain("as the [upgrade procedure](https://github.com/kubeopencode/kubeopencode/blob/v0.8.0/docs/upgrading.md) describes.");
        repo.Write("docs.yaml", Config.Replace("  history: docs/upgrading.md\n", "  history: docs/upgrading.md\n  upgrade-docs: https://kubeopencode.io/docs/upgrading#{tag}\n", StringComparison.Ordinal));
        Tool.Run(repo.Path, "notes", "--version", "0.8.0", "--config", "docs.yaml").ShouldSucceed().Out
            .ShouldContain("as the [upgrade procedure](https://kubeopencode.io/docs/upgrading#v0.8.0) describes.");

        // v0.2.0 added .spec.skills: compatible, a new feature; v0.3.0 changed no CRD: no notice.
        var added = Tool.Run(repo.Path, "notes", "--version", "0.2.0").ShouldSucceed().Out;
        added.ShouldContain("## New Features\n\n- **CRD changes**: ");
        added.ShouldNotContain("## Breaking Changes");
        Tool.Run(repo.Path, "notes", "--version", "0.3.0").ShouldSucceed().Out.ShouldNotContain("CRD changes");
    }

    [Fact]
    public void A_patch_release_is_judged_by_what_it_holds_not_by_main_and_a_breaking_pick_is_refused_before_its_commit()
    {
        using var repo = Breaking();
        var breaking = repo.Git("rev-parse", "HEAD").Trim();
        repo.Write("internal/controller/notes.txt", "requeue evicted pods\n");
        repo.Commit("fix: requeue evicted pods");
        var fix = repo.Git("rev-parse", "HEAD").Trim();
        using var origin = RemoteRepository.For(repo);

        var plan = Tool.Run(repo.Path, "release", "0.7.1", "--from", "v0.7.0", "--cherry-pick", fix, "--dry-run").ShouldSucceed().Out;
        plan.ShouldContain(" 2. api\n    no CRD change since v0.7.0\n");
        plan.ShouldContain("+| v0.7.1  | No          | No CRD changes |");

        var refused = Tool.Run(repo.Path, "release", "0.7.1", "--from", "v0.7.0", "--cherry-pick", breaking, "--dry-run").ShouldExit(1);
        refused.Out.ShouldContain("upgrade-table (would fail)");
        refused.Error.ShouldContain("0.7.1 is too low after 0.7.0: 1 breaking change before 1.0.0 needs a minor release [SW114]");
    }

    // CrdHistory's repository, then the Agent CRD loses .spec.skills (and the Go types with it).
    private static TestRepository Breaking()
    {
        var repo = CrdHistory.Create(Config);
        repo.Write("config/crd/bases/kubeopencode.io_agents.yaml", CrdHistory.Agent(skills: false, "An Agent runs an AI coding agent in a pod."));
        repo.Commit("feat!: agents lose skills");
        return repo;
    }
}

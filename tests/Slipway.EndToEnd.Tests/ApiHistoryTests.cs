using System.Text.Json;
using Slipway.Core.Api;
using Slipway.Core.Api.Upgrades;
using Slipway.Core.Configuration;
using Slipway.Core.Git;
using Slipway.Core.Versioning;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// The upgrade table against the CRDs at every release tag (<c>slipway api --check-history</c>), on the
/// repository whose table stopped at v0.4.0 with a wrong row there (<see cref="CrdHistory"/>), and the
/// release's row as the file edit a release will commit.
/// </summary>
public sealed class ApiHistoryTests(SharedCrdHistory shared) : IClassFixture<SharedCrdHistory>
{
    [Fact]
    public void Finds_the_releases_the_table_is_missing_and_the_row_the_crds_contradict()
    {
        var result = Tool.Run(shared.Repository.Path, "api", "--check-history").ShouldExit(1);
        var lines = result.Out.Split('\n');
        lines[0].ShouldBe("docs/upgrading.md (the work tree) against 7 release tag(s)");
        Row(lines, "v0.7.0").ShouldBe("v0.7.0 v0.6.0 same - unlisted");
        Row(lines, "v0.6.0").ShouldBe("v0.6.0 v0.5.0 changed - missing Task: breaking: `.spec.mode` (enum)");
        Row(lines, "v0.5.0").ShouldBe("v0.5.0 v0.4.0 changed - missing Agent: documentation only");
        Row(lines, "v0.4.0").ShouldBe("v0.4.0 v0.3.0 changed No contradicts Task: removed `.spec.legacy` (breaking)");
        Row(lines, "v0.3.0").ShouldBe("v0.3.0 v0.2.0 same No ok");
        Row(lines, "v0.1.0").ShouldBe("v0.1.0 - changed Yes ok Agent: new CRD; Task: new CRD");
        result.Out.ShouldContain("2 release(s) missing, 1 row(s) contradicted, 0 row(s) unreadable");
        result.Error.ShouldBe("""
            slipway: error: docs/upgrading.md disagrees with the CRDs at the release tags (3 problem(s)) [SW112]
              v0.4.0: the row says No, but the CRDs changed: Task: removed `.spec.legacy` (breaking)
              v0.5.0: no row, but the CRDs changed since v0.4.0: Agent: documentation only
              v0.6.0: no row, but the CRDs changed since v0.5.0: Task: breaking: `.spec.mode` (enum)
            hint: add the missing rows and fix the wrong ones (slipway api --from PREVIOUS --to TAG shows what changed)

            """);
    }

    [Fact]
    public void Checks_the_table_as_a_revision_holds_it_against_the_releases_in_its_history()
    {
        var json = JsonDocument.Parse(Tool.Run(shared.Repository.Path, "api", "--check-history", "--to", "v0.3.0", "--json").ShouldSucceed().Out).RootElement;
        json.GetProperty("readFrom").GetString().ShouldBe("v0.3.0");
        json.GetProperty("ok").GetBoolean().ShouldBeTrue();
        json.GetProperty("releases").EnumerateArray().Select(r => $"{r.GetProperty("tag").GetString()} {r.GetProperty("status").GetString()}")
            .ShouldBe(["v0.1.0 ok", "v0.2.0 ok", "v0.3.0 ok"]);
        var first = json.GetProperty("releases")[1];
        first.GetProperty("row").GetProperty("crdChanges").GetString().ShouldBe("Yes");
        first.GetProperty("summary").GetString().ShouldBe("Agent: added `.spec.skills`");
    }

    [Fact]
    public void A_corrected_table_passes_and_names_a_row_for_a_release_not_tagged_yet()
    {
        var rows = new[]
        {
            "| v0.8.0  | Yes         | Standby agents |",
            "| v0.7.0  | No          | Bug fixes only |",
            "| v0.6.0  | Yes         | Removed `Unmanaged` from Task's mode |",
            "| v0.5.0  | Yes         | Descriptions |",
            "| v0.4.0  | Yes         | Removed Task's `legacy` |",
            "| v0.3.0  | No          | Bug fixes only |",
            "| v0.2.0  | Yes         | Added `skills` to Agent |",
            "| v0.1.0  | Yes         | Initial release |",
        };
        shared.Repository.Write("docs/fixed.md", CrdHistory.Upgrading(rows));
        var config = shared.Config("fixed.yaml", CrdHistory.Config.Replace("docs/upgrading.md", "docs/fixed.md", StringComparison.Ordinal));
        var result = Tool.Run(shared.Repository.Path, "api", "--check-history", "--config", config).ShouldSucceed();
        result.Out.ShouldContain("0 release(s) missing, 0 row(s) contradicted, 0 row(s) unreadable");
        result.Error.ShouldBe("note: the row for v0.8.0 names no release tag (yet)\n");
    }

    [Fact]
    public void Without_api_history_says_what_to_set()
    {
        var config = shared.Config("no-history.yaml", CrdHistory.Config.Replace("  history: docs/upgrading.md\n", string.Empty, StringComparison.Ordinal));
        Tool.Run(shared.Repository.Path, "api", "--check-history", "--config", config).ShouldExit(2).Error.ShouldContain("api.history is not set [SW230]");
        Tool.Run(shared.Repository.Path, "api", "--check-history", "--from", "v0.1.0").ShouldExit(2).Error.ShouldContain("give --to (where to read the table) but not --from");
    }

    [Fact]
    public void A_history_file_that_is_a_fifo_is_refused_at_once()
    {
        var fifo = shared.Repository.File("docs/fifo.md");
        if (!File.Exists(fifo))
        {
            System.Diagnostics.Process.Start("mkfifo", [fifo])!.WaitForExit();
        }

        var config = shared.Config("fifo.yaml", CrdHistory.Config.Replace("docs/upgrading.md", "docs/fifo.md", StringComparison.Ordinal));
        var result = Tool.Run(shared.Repository.Path, "api", "--check-history", "--config", config).ShouldExit(3);
        result.Error.ShouldContain("docs/fifo.md cannot be read");
        result.Error.ShouldContain("[SW362]");
    }

    [Fact]
    public void The_release_row_is_a_file_edit_that_changes_one_line()
    {
        var repo = shared.Repository;
        var config = ConfigLoader.Load(repo.File("slipway.yaml"));
        var report = new ApiGate(new GitRunner(repo.Path), config).Compare("v0.5.0", "v0.6.0");
        var edit = UpgradeTableEdit.For(config.Root, config.Api!, config.Tag, SemVersion.Parse("0.6.0"), report)!;
        edit.Path.ShouldBe("docs/upgrading.md");
        edit.OriginalBytes.ShouldBe(File.ReadAllBytes(repo.File("docs/upgrading.md")));
        edit.NewText.ShouldBe(edit.OriginalText.Replace(
            "|---------|-------------|-------------|\n",
            "|---------|-------------|-------------|\n| v0.6.0  | Yes         | Task: breaking: `.spec.mode` (enum) |\n",
            StringComparison.Ordinal));

        var notes = ApiNotes.Entries(report, ApiNotes.UpgradeDocs("docs/upgrading.md", null, "v0.6.0")).ShouldHaveSingleItem();
        notes.Section.ShouldBe("breaking");
        MinimumBump.For(report.Findings, SemVersion.Parse("0.5.0"), config.Api!.Bump).Level.ShouldBe(BumpLevel.Minor);
    }

    /// <summary>The cells of the table row that starts with <paramref name="tag"/>, joined by single spaces.</summary>
    private static string Row(string[] lines, string tag) =>
        string.Join(' ', lines.Single(l => l.TrimStart().StartsWith(tag + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

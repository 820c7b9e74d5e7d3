using System.Text.Json.Nodes;
using Slipway.Core.Release.Journal;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Release;

/// <summary>Journals of format 1 are read as format 2; others are refused. (End to end: the e2e JournalMigrationTests resume real ones.)</summary>
public sealed class JournalMigrationTests
{
    [Fact]
    public void A_format_1_journal_gets_the_current_format_and_a_number_for_its_pull_request()
    {
        var journal = JsonNode.Parse("""{"format":"slipway-release/1","facts":{"pull-request":"101","base-commit":"abc"}}""")!.AsObject();

        JournalMigration.TryUpgrade(journal, out var from).ShouldBeTrue();

        from.ShouldBe("slipway-release/1");
        journal["format"]!.GetValue<string>().ShouldBe(ReleaseJournal.CurrentFormat);
        journal["facts"]!["pull-request"]!.GetValue<int>().ShouldBe(101);
        journal["facts"]!["base-commit"]!.GetValue<string>().ShouldBe("abc");
    }

    [Theory]
    [InlineData("other-tool/2")]
    [InlineData("slipway-release/3")]
    public void A_format_this_build_does_not_know_is_refused(string format) =>
        JournalMigration.TryUpgrade(JsonNode.Parse($$"""{"format":"{{format}}"}""")!.AsObject(), out _).ShouldBeFalse();

    [Fact]
    public void The_refs_of_an_older_journal_are_inferred_only_where_they_are_where_its_facts_say()
    {
        var journal = new ReleaseJournal
        {
            Project = "p", Version = SemVersion.Parse("0.2.0"), Tag = "v0.2.0", Kind = ReleaseKind.Final,
            Base = "main", Branch = "release/v0.2.0", Remote = "origin",
            Steps = [new StepRecord { Name = "branch", Status = StepStatus.Done }],
            Facts = new ReleaseFacts { BaseCommit = "base", ReleaseCommit = "release", MergeCommit = "merge" },
        };
        var refs = new Dictionary<string, string> { ["refs/heads/release/v0.2.0"] = "release", ["refs/tags/v0.2.0"] = "elsewhere" };

        JournalMigration.Infer(journal, name => refs.GetValueOrDefault(name), _ => "tag-object");

        journal.CreatedRefs.ShouldBe(new Dictionary<string, string> { ["refs/heads/release/v0.2.0"] = "release" });
    }
}

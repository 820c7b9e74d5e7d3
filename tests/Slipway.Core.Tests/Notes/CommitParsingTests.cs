using Slipway.Core.Forges;
using Slipway.Core.History;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Notes;

public sealed class CommitParsingTests
{
    [Theory]
    [InlineData("feat: allow provided config object to extend other configs", "feat", null, false, "allow provided config object to extend other configs")]
    [InlineData("feat!: send an email to the customer when a product is shipped", "feat", null, true, "send an email to the customer when a product is shipped")]
    [InlineData("feat(api)!: send an email", "feat", "api", true, "send an email")]
    [InlineData("FIX(Parser): handle tabs", "fix", "Parser", false, "handle tabs")]
    [InlineData("chore(deps-dev): bump jest", "chore", "deps-dev", false, "bump jest")]
    public void Parses_the_specification_examples(string subject, string type, string? scope, bool breaking, string description)
    {
        var commit = ConventionalCommit.Parse(subject)!;
        (commit.Type, commit.Scope, commit.Breaking, commit.Description).ShouldBe((type, scope, breaking, description));
    }

    [Theory]
    [InlineData("Add kprobe support")]
    [InlineData("Merge pull request #12 from a/b")]
    [InlineData("feat:missing space")]
    [InlineData("feat(: broken scope")]
    [InlineData("fix: ")]
    public void Plain_subjects_are_not_conventional(string subject) => ConventionalCommit.Parse(subject).ShouldBeNull();

    [Fact]
    public void Reads_breaking_change_footers_in_both_spellings()
    {
        var (_, _, trailers) = MessageParser.Parse("fix: x\n\nbody\n\nBREAKING-CHANGE: environment variables now take precedence\nRefs #133");
        ConventionalCommit.Parse("fix: x", trailers)!.BreakingNote.ShouldBe("environment variables now take precedence");
        var (_, _, other) = MessageParser.Parse("fix: x\n\nBREAKING CHANGE: gone");
        ConventionalCommit.Parse("fix: x", other)!.Breaking.ShouldBeTrue();
    }

    [Fact]
    public void Splits_subject_body_and_trailers()
    {
        var (subject, body, trailers) = MessageParser.Parse("feat: add x (#12)\r\n\r\nThe first\r\nparagraph.\r\n\r\nMore text.\r\n\r\nSigned-off-by: Ann <ann@x>\r\nCo-authored-by: Ben\r\n <ben@x>\r\n");
        subject.ShouldBe("feat: add x (#12)");
        body.ShouldBe("The first\r\nparagraph.\r\n\r\nMore text.");
        // Signed-off-by makes the paragraph a trailer block, but only the trailers the notes use are kept.
        trailers.ShouldBe([new Trailer("Co-authored-by", "Ben <ben@x>")]);
    }

    [Fact]
    public void A_last_paragraph_with_prose_is_not_a_trailer_block()
    {
        var (_, body, trailers) = MessageParser.Parse("fix: y\n\nNote: this is prose.\nIt has more lines than trailers.");
        trailers.ShouldBeEmpty();
        body.ShouldBe("Note: this is prose.\nIt has more lines than trailers.");
    }

    [Theory]
    [InlineData("feat: add x (#12)", 12, "feat: add x")]
    [InlineData("Fix the thing (#1207)", 1207, "Fix the thing")]
    public void Finds_squash_pull_requests(string subject, int number, string title) =>
        PullRequestTitles.FromSquash(subject).ShouldBe((number, title));

    [Theory]
    [InlineData("https://github.com/bpfman/bpfman.git", "https://github.com", "bpfman", "bpfman")]
    [InlineData("git@github.com:kubeopencode/kubeopencode.git", "https://github.com", "kubeopencode", "kubeopencode")]
    [InlineData("ssh://git@github.example.com:2222/team/tool", "https://github.example.com", "team", "tool")]
    [InlineData("https://user:token@github.com/o/r/", "https://github.com", "o", "r")]
    public void Reads_the_repository_from_remote_urls(string url, string web, string owner, string name) =>
        ForgeRepository.FromRemoteUrl(url).ShouldBe(new ForgeRepository(web, owner, name));

    [Fact]
    public void Commit_ids_round_trip_in_twenty_bytes()
    {
        const string Sha = "0648bc441334649991ca37b23b2a9d2ddd4768bb";
        var id = CommitId.Parse(Sha);
        id.ToString().ShouldBe(Sha);
        id.Abbreviated.ShouldBe("0648bc4");
        Should.Throw<FormatException>(() => CommitId.Parse("xyz"));
    }
}

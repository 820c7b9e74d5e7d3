using System.Text;
using Slipway.Core.History;

namespace Slipway.Core.Tests.History;

/// <summary>
/// What a message's body gives the notes: a merge's pull-request title, and a description that is
/// the first paragraph of prose. The bodies reproduce real shapes: GitHub's merge messages,
/// dependabot's and a security bump's bullet lists, pasted terminal output, PR templates.
/// </summary>
public sealed class MessageBodyTests
{
    [Theory]
    [InlineData("Merge pull request #1424 from dave-tucker/no-public-api\n\nci: Remove public-api checks", "ci: Remove public-api checks")]
    [InlineData("Merge pull request #1430 from anfredette/readme\n\nchore: Fix README images\n", "chore: Fix README images")]
    [InlineData("Merge pull request #1431 from a/b\n\nbuild(deps): bump the production group with 3 updates\n\nBumps the production group with 3 updates.\n\nSigned-off-by: dependabot[bot] <support@github.com>", "build(deps): bump the production group with 3 updates")]
    [InlineData("Merge pull request #12 from a/b\n\nfix: x\n\nSigned-off-by: Ann <ann@example.com>", "fix: x")]
    public void A_merge_body_starts_with_its_pull_request_title_even_when_it_has_the_shape_of_a_trailer(string message, string title)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        var (_, body, _) = MessageParser.Split(bytes);
        body.ShouldNotBeNull();
        MessageBody.FirstLine(bytes.AsSpan(body.Value.Start, body.Value.End - body.Value.Start)).ShouldBe(title);
    }

    [Theory]
    [InlineData("Merge pull request #7 from a/b\n\nSigned-off-by: Ann <ann@example.com>")]
    [InlineData("fix: x\n\nBREAKING CHANGE: the flag is gone")]
    [InlineData("fix: x\n\nRefs #133")]
    [InlineData("fix: x\n\nCloses: #12")]
    [InlineData("fix: x\n\nChange-Id: I8f4d2e")]
    public void A_paragraph_of_unmistakable_trailers_under_the_subject_is_the_trailer_block(string message)
    {
        var (_, body, _) = MessageParser.Split(Encoding.UTF8.GetBytes(message));
        body.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void A_description_is_the_first_paragraph_of_prose(string name, string body, bool afterTitle, string expected)
    {
        _ = name;
        MessageBody.Description(Encoding.UTF8.GetBytes(body), afterTitle).ShouldBe(expected);
    }

    public static TheoryData<string, string, bool, string> Descriptions() => new()
    {
        { "wrapped prose on one line", "The devbox agent runs tasks in a full\ndevelopment container.", false, "The devbox agent runs tasks in a full development container." },
        { "a security bump's list is no description", "- CVE-2024-45337: golang.org/x/crypto before 0.31.0\n- CVE-2024-45338: golang.org/x/net before 0.33.0", false, "" },
        { "a numbered list neither", "1. build\n2. push", false, "" },
        { "dependabot's links, then its list", "Bumps [golang.org/x/net](https://github.com/golang/net) from 0.23.0 to 0.33.0.\n- [Commits](https://github.com/golang/net/compare/v0.23.0...v0.33.0)\n\n---\nupdated-dependencies:\n- dependency-name: golang.org/x/net", false, "" },
        { "pasted terminal output with a local path", "$ kubeopencode agent run --image devbox\nError: open /Users/jane/src/kubeopencode/config.yaml: no such file or directory", false, "" },
        { "a log line", "panic: runtime error: invalid memory address or nil pointer dereference\ngoroutine 1 [running]:", false, "" },
        { "a user@host prompt", "jane@laptop:~/src$ make test\nok", false, "" },
        { "code, then prose", "```\nmake verify\n```\n\nThe verify target now checks the CRDs too.", false, "The verify target now checks the CRDs too." },
        { "a fence with blank lines inside", "```go\nfunc a() {\n\n}\n```\nAfter the code.\n\nFirst real prose.", false, "After the code." },
        { "indented code", "    go test ./...\n\nTests run in parallel now.", false, "Tests run in parallel now." },
        { "a PR template", "<!-- Thank you for your contribution!\n\nPlease describe the change. -->\n\n## Description\n\nAgents can now mount secrets as files.\n\n## Checklist\n- [x] tests", false, "Agents can now mount secrets as files." },
        { "a bold template label", "**What this PR does / why we need it**:\nIt retries the API call on conflicts.", false, "It retries the API call on conflicts." },
        { "trailers are no description", "Signed-off-by: Ann <ann@example.com>\nCo-authored-by: Ben <ben@example.com>", false, "" },
        { "a prow command", "/kind bug\n/area controller", false, "" },
        { "a merge's title is not its description", "feat: add the devbox agent\n\nThe devbox agent runs tasks in a container.", true, "The devbox agent runs tasks in a container." },
        { "a merge with only a title", "feat: add the devbox agent", true, "" },
        {
            "a long paragraph is cut at a word", string.Join(' ', Enumerable.Repeat("Sixteen characters", 20)), false,
            string.Join(' ', Enumerable.Repeat("Sixteen characters", 14)) + " Sixteen…"
        },
    };

    [Fact]
    public void A_description_is_never_longer_than_the_bound()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 200));
        var description = MessageBody.Description(Encoding.UTF8.GetBytes(text), false);
        description.Length.ShouldBeLessThanOrEqualTo(MessageBody.MaxDescription);
        description.ShouldEndWith("word…");
    }
}

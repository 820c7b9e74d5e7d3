using System.Text.Json;
using System.Text.Json.Nodes;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// With a token, the notes print a pull request's title as GitHub has it now (maintainers edit titles
/// after the merge; git keeps the old one), from one search per hundred pull requests, as GitHub's
/// generated notes do. The number git gives stays the key.
/// </summary>
public sealed class GitHubTitlesTests
{
    private const string Merged = "2026-01-01T12:00:00Z"; // TestRepository's commit time

    [Fact]
    public void Titles_renamed_on_GitHub_are_printed_from_one_search_and_a_pull_request_GitHub_does_not_return_keeps_git_s()
    {
        using var repo = Released("whats-changed");
        using var github = new FakeGitHub("hyperlink", "hyperlink");
        var renamed = MergedPull(github, "v8 support", "alice-gh");
        renamed.Title = "feat: support rfc9562 v8 uuids";
        var same = MergedPull(github, "fix: handle errors", "bob-gh");
        var unknown = github.AddPullRequest("gone", "docs: explain", "carol-gh"); // never merged as far as GitHub says
        As(repo, "Alice", $"v8 support (#{renamed.Number})");
        As(repo, "Bob", $"fix: handle errors (#{same.Number})");
        As(repo, "Carol", $"docs: explain (#{unknown.Number})");
        var host = new TestHost(github.Environment());

        var notes = Tool.Run(repo.Path, host, "notes", "--version", "0.2.0").ShouldSucceed().Out;

        notes.ShouldContain($"* feat: support rfc9562 v8 uuids by @alice-gh in https://github.com/hyperlink/hyperlink/pull/{renamed.Number}");
        notes.ShouldContain($"* fix: handle errors by @bob-gh in https://github.com/hyperlink/hyperlink/pull/{same.Number}");
        notes.ShouldContain($"* docs: explain by @carol-gh in https://github.com/hyperlink/hyperlink/pull/{unknown.Number}");
        notes.ShouldNotContain("v8 support by");
        var searches = MergedSearches(github);
        searches.Count.ShouldBe(1);
        searches[0].ShouldContain("q=repo:hyperlink/hyperlink is:pr is:merged merged:2025-12-31T12:00:00Z..2026-01-02T12:00:00Z");
        // The search answered who opened the pull requests it found: only the one it did not find is asked for.
        github.Requests.Where(r => r.Path.Contains("/pulls/", StringComparison.Ordinal)).Select(r => r.Path)
            .ShouldBe([$"/repos/hyperlink/hyperlink/pulls/{unknown.Number}"]);

        var changes = JsonDocument.Parse(Tool.Run(repo.Path, host, "notes", "--version", "0.2.0", "--json").ShouldSucceed().Out).RootElement.GetProperty("changes");
        var byNumber = changes.EnumerateArray().ToDictionary(c => c.GetProperty("pullRequest").GetInt32());
        byNumber[renamed.Number].GetProperty("titleFrom").GetString().ShouldBe("github");
        byNumber[renamed.Number].GetProperty("type").GetString().ShouldBe("feat");
        byNumber[same.Number].GetProperty("titleFrom").GetString().ShouldBe("github");
        byNumber[unknown.Number].GetProperty("titleFrom").GetString().ShouldBe("git");
        byNumber[unknown.Number].GetProperty("title").GetString().ShouldBe("docs: explain");
    }

    [Fact]
    public void A_renamed_title_moves_the_change_to_the_section_of_its_new_type_in_a_sectioned_style()
    {
        using var repo = Released("github-sections");
        using var github = new FakeGitHub("hyperlink", "hyperlink");
        var pull = MergedPull(github, "Add typed scale argument", "alice-gh");
        pull.Title = "feat: add a typed `scale` argument";
        As(repo, "Alice", $"Add typed scale argument (#{pull.Number})");

        var notes = Tool.Run(repo.Path, new TestHost(github.Environment()), "notes", "--version", "0.2.0").ShouldSucceed().Out;

        notes.ShouldContain("## New Features\n\n- **Add a typed `scale` argument** (#101)");
        Tool.Run(repo.Path, "notes", "--version", "0.2.0").ShouldSucceed().Out.ShouldContain("Add typed scale argument"); // without a token: git's
    }

    [Fact]
    public void More_than_a_hundred_pull_requests_are_read_page_by_page_as_the_link_header_leads()
    {
        using var repo = Released("whats-changed");
        using var github = new FakeGitHub("hyperlink", "hyperlink");
        var pulls = Enumerable.Range(1, 130).Select(n => MergedPull(github, $"fix: defect {n}", "bob-gh")).ToList();
        foreach (var pull in pulls)
        {
            pull.Title = pull.Title.Replace("defect", "fault", StringComparison.Ordinal);
        }

        foreach (var (pull, n) in pulls.Select((p, i) => (p, i + 1)))
        {
            repo.Git("commit", "-q", "--allow-empty", "-m", $"fix: defect {n} (#{pull.Number})");
        }

        var notes = Tool.Run(repo.Path, new TestHost(github.Environment()), "notes", "--version", "0.2.0").ShouldSucceed().Out;

        notes.Split('\n').Count(l => l.StartsWith("* fix: fault ", StringComparison.Ordinal)).ShouldBe(130);
        notes.ShouldNotContain("* fix: defect 1");
        var searches = MergedSearches(github);
        searches.Count.ShouldBe(2);
        searches[1].ShouldContain("page=2");
    }

    [Fact]
    public void A_span_with_more_pull_requests_than_GitHub_s_search_gives_is_searched_in_halves()
    {
        using var repo = Released("whats-changed");
        using var github = new FakeGitHub("hyperlink", "hyperlink");
        // 1,100 pull requests merged a minute apart around the release; the release has the first and the last.
        var start = DateTimeOffset.Parse("2025-12-31T13:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var pulls = Enumerable.Range(0, 1100).Select(n =>
        {
            var pull = MergedPull(github, $"fix: defect {n}", "bob-gh");
            pull.MergedAt = start.AddMinutes(n).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
            pull.Title = $"fix: fault {n}";
            return pull;
        }).ToList();
        As(repo, "Bob", $"fix: defect 0 (#{pulls[0].Number})");
        As(repo, "Bob", $"fix: defect 1099 (#{pulls[^1].Number})");

        var notes = Tool.Run(repo.Path, new TestHost(github.Environment()), "notes", "--version", "0.2.0").ShouldSucceed();

        notes.Out.ShouldContain($"* fix: fault 0 by @bob-gh in https://github.com/hyperlink/hyperlink/pull/{pulls[0].Number}");
        notes.Out.ShouldContain($"* fix: fault 1099 by @bob-gh in https://github.com/hyperlink/hyperlink/pull/{pulls[^1].Number}");
        notes.Error.ShouldNotContain("answered in part");
        var searches = MergedSearches(github);
        // The two days asked (a day's margin each side) hold 1,100; their first day too: it is halved again (660 and 440), the second day holds none.
        searches.Count(q => q.EndsWith("&page=1", StringComparison.Ordinal)).ShouldBe(5);
        searches.ShouldContain(q => q.Contains("merged:2025-12-31T12:00:00Z..2026-01-01T00:00:00Z&", StringComparison.Ordinal));
        searches.ShouldAllBe(q => !q.EndsWith("&page=11", StringComparison.Ordinal));
    }

    [Fact]
    public void A_search_that_stays_incomplete_is_asked_again_then_taken_as_it_is_with_a_warning()
    {
        using var repo = Released("whats-changed");
        using var github = new FakeGitHub("hyperlink", "hyperlink");
        var found = MergedPull(github, "fix: handle errors", "bob-gh");
        found.Title = "fix: handle every error";
        var lost = MergedPull(github, "docs: explain", "carol-gh");
        lost.Title = "docs: explain the probes";
        As(repo, "Bob", $"fix: handle errors (#{found.Number})");
        As(repo, "Carol", $"docs: explain (#{lost.Number})");
        // GitHub's search timed out and found only the first of the two, every time it was asked.
        var partial = new JsonObject
        {
            ["total_count"] = 1,
            ["incomplete_results"] = true,
            ["items"] = new JsonArray(new JsonObject
            {
                ["number"] = found.Number, ["title"] = found.Title, ["state"] = "closed", ["html_url"] = $"{github.Web}/hyperlink/hyperlink/pull/{found.Number}",
                ["user"] = new JsonObject { ["login"] = "bob-gh", ["type"] = "User" }, ["labels"] = new JsonArray(),
                ["pull_request"] = new JsonObject { ["merged_at"] = Merged },
            }),
        };
        github.Answer(200, partial.ToJsonString(), times: 3, matches: IsMergedSearch);
        var host = new TestHost(github.Environment());

        var result = Tool.Run(repo.Path, host, "notes", "--version", "0.2.0").ShouldSucceed();

        result.Out.ShouldContain("* fix: handle every error by @bob-gh");
        result.Out.ShouldContain("* docs: explain by @carol-gh"); // git's title: GitHub did not say
        result.Error.ShouldContain("GitHub's search answered in part: 1 pull request keep the title git has");
        MergedSearches(github).Count.ShouldBe(3);
        host.Sleeps.Count.ShouldBe(2);
    }

    [Fact]
    public void Release_yml_exclusions_are_honoured_with_GitHub_s_labels_and_logins()
    {
        using var repo = Released("whats-changed");
        repo.Write(".github/release.yml", "changelog:\n  exclude:\n    labels: [changelog-exclude]\n    authors: [octo-bot]\n");
        repo.Commit("ci: describe the release notes");
        using var github = new FakeGitHub("hyperlink", "hyperlink");
        var kept = MergedPull(github, "fix: handle errors", "bob-gh");
        var labelled = MergedPull(github, "ci: remove resolved cargo-deny config", "bob-gh");
        labelled.Labels.Add("changelog-exclude");
        var byBot = MergedPull(github, "chore: sync files", "octo-bot");
        As(repo, "Bob", $"fix: handle errors (#{kept.Number})");
        As(repo, "Bob", $"ci: remove resolved cargo-deny config (#{labelled.Number})");
        As(repo, "Octo", $"chore: sync files (#{byBot.Number})");

        var result = Tool.Run(repo.Path, new TestHost(github.Environment()), "notes", "--version", "0.2.0").ShouldSucceed();

        result.Out.ShouldContain("* fix: handle errors by @bob-gh");
        result.Out.ShouldNotContain("cargo-deny");
        result.Out.ShouldNotContain("sync files");
        result.Error.ShouldNotContain("release.yml");
        var without = Tool.Run(repo.Path, "notes", "--version", "0.2.0").ShouldSucceed();
        without.Out.ShouldContain("cargo-deny");
        without.Error.ShouldContain(".github/release.yml leaves out pull requests labelled changelog-exclude and opened by octo-bot from GitHub's notes");
    }

    [Fact]
    public void Release_yml_categories_group_the_pull_requests_by_GitHub_s_labels_as_GitHub_does()
    {
        using var repo = Released("whats-changed");
        repo.Write(".github/release.yml", "changelog:\n  exclude:\n    labels: [changelog-exclude]\n  categories:\n"
            + "    - title: Added\n      labels: [changelog-add]\n    - title: Fixed\n      labels: [changelog-fix, bug]\n      exclude:\n        authors: [dep-bot]\n"
            + "    - title: Never used\n      labels: [nothing]\n");
        repo.Commit("ci: group the release notes");
        using var github = new FakeGitHub("hyperlink", "hyperlink");
        var fix = MergedPull(github, "fix: close the socket", "bob-gh");
        fix.Labels.AddRange(["bug"]);
        var add = MergedPull(github, "add a probe", "alice-gh");
        add.Labels.Add("changelog-add");
        var bump = MergedPull(github, "bump serde", "dep-bot");
        bump.Labels.Add("changelog-fix"); // excluded from Fixed by author: under Other Changes
        var plain = MergedPull(github, "docs: explain", "carol-gh");
        foreach (var pull in new[] { fix, add, bump, plain })
        {
            As(repo, "Someone", $"{pull.Title} (#{pull.Number})");
        }

        var notes = Tool.Run(repo.Path, new TestHost(github.Environment()), "notes", "--version", "0.2.0").ShouldSucceed().Out;

        var url = "https://github.com/hyperlink/hyperlink/pull/";
        notes.ShouldContain($"## What's Changed\n\n### Added\n* add a probe by @alice-gh in {url}{add.Number}\n### Fixed\n* fix: close the socket by @bob-gh in {url}{fix.Number}\n"
            + $"### Other Changes\n* bump serde by @dep-bot in {url}{bump.Number}\n* docs: explain by @carol-gh in {url}{plain.Number}\n");
        notes.ShouldNotContain("Never used");
        var without = Tool.Run(repo.Path, "notes", "--version", "0.2.0").ShouldSucceed();
        without.Out.ShouldNotContain("### ");
        without.Error.ShouldContain(".github/release.yml leaves out pull requests labelled changelog-exclude from GitHub's notes");
    }

    [Fact]
    public void Notes_that_print_no_change_ask_GitHub_for_no_title()
    {
        using var repo = Released("whats-changed\n  prerelease: 'Pre-release {version}: see the final release.'");
        using var github = new FakeGitHub("hyperlink", "hyperlink");
        var pull = MergedPull(github, "fix: handle errors", "bob-gh");
        As(repo, "Bob", $"fix: handle errors (#{pull.Number})");

        Tool.Run(repo.Path, new TestHost(github.Environment()), "notes", "--version", "0.2.0-rc.1").ShouldSucceed().Out.ShouldContain("Pre-release 0.2.0-rc.1");

        github.Requests.ShouldBeEmpty(); // neither titles nor first contributions: the line shows none
    }

    private static TestRepository Released(string style)
    {
        var repo = TestRepository.Create();
        repo.Write("Makefile", "VERSION ?= 0.1.0\n");
        repo.Write("slipway.yaml", $"versions:\n  - file: Makefile\n    make: VERSION\nforge:\n  repository: hyperlink/hyperlink\nnotes:\n  style: {style}\n");
        repo.Commit("initial import");
        repo.Git("tag", "-a", "v0.1.0", "-m", "Release v0.1.0");
        return repo;
    }

    private static FakePullRequest MergedPull(FakeGitHub github, string title, string author)
    {
        var pull = github.AddPullRequest("topic-" + title.GetHashCode(StringComparison.Ordinal), title, author);
        pull.Merge("0000000000000000000000000000000000000001");
        pull.MergedAt = Merged;
        return pull;
    }

    // The search for a release's pull requests, not the one for an author's earlier ones (New Contributors).
    private static bool IsMergedSearch(RecordedRequest request) =>
        request.Path == "/search/issues" && Query(request).Contains("is:merged merged:", StringComparison.Ordinal);

    private static List<string> MergedSearches(FakeGitHub github) => github.Requests.Where(IsMergedSearch).Select(Query).ToList();

    // The search's query and page, decoded however the request spelled them (a Link header's address writes spaces as '+').
    private static string Query(RecordedRequest request)
    {
        var query = System.Web.HttpUtility.ParseQueryString(request.Query);
        return $"q={query["q"]}&page={query["page"] ?? "1"}";
    }

    private static void As(TestRepository repo, string name, string message) =>
        repo.Git("-c", $"user.name={name}", "-c", $"user.email={name.ToLowerInvariant()}@example.com", "commit", "-q", "--allow-empty", "-m", message);
}

using System.Text.Json;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>Release notes with GitHub logins and first contributions from the (fake) API.</summary>
public sealed class GitHubNotesTests
{
    [Fact]
    public void With_a_token_authors_are_logins_and_new_contributors_are_those_without_an_earlier_merged_pull_request()
    {
        using var repo = TestRepository.Create();
        repo.Write("Makefile", "VERSION ?= 0.1.0\n");
        repo.Write("slipway.yaml", "versions:\n  - file: Makefile\n    make: VERSION\nforge:\n  repository: bpfman/bpfman\nnotes:\n  style: whats-changed\n");
        repo.Commit("initial import");
        repo.Git("tag", "-a", "v0.1.0", "-m", "Release v0.1.0");
        using var github = new FakeGitHub("bpfman", "bpfman");
        var alice = github.AddPullRequest("probes", "feat: add probes", "alice-gh");
        var bob = github.AddPullRequest("errors", "fix: handle errors", "bob-gh");
        var carol = github.AddPullRequest("docs", "docs: explain", "carol-gh");
        var bobAgain = github.AddPullRequest("more", "fix: more errors", "bob-gh");
        carol.Merge("0000000000000000000000000000000000000103");
        github.EarlierContributors.Add("alice-gh");
        As(repo, "Alice", $"feat: add probes (#{alice.Number})");
        As(repo, "Bob", $"fix: handle errors (#{bob.Number})");
        As(repo, "Carol", "docs: explain");
        github.CommitPullRequests[repo.Git("rev-parse", "HEAD").Trim()] = carol.Number;
        As(repo, "Bob", $"fix: more errors (#{bobAgain.Number})");
        var host = new TestHost(github.Environment());

        var notes = Tool.Run(repo.Path, host, "notes", "--version", "0.2.0").ShouldSucceed();
        notes.Out.ShouldContain($"* feat: add probes by @alice-gh in https://github.com/bpfman/bpfman/pull/{alice.Number}");
        notes.Out.ShouldContain($"* docs: explain by @carol-gh in https://github.com/bpfman/bpfman/pull/{carol.Number}");
        notes.Out.ShouldContain("## New Contributors");
        notes.Out.ShouldContain($"* @bob-gh made their first contribution in https://github.com/bpfman/bpfman/pull/{bob.Number}");
        notes.Out.ShouldContain($"* @carol-gh made their first contribution in https://github.com/bpfman/bpfman/pull/{carol.Number}");
        notes.Out.ShouldNotContain("@alice-gh made their first contribution");
        notes.Error.ShouldNotContain("git names");
        var tagged = DateTimeOffset.FromUnixTimeSeconds(long.Parse(repo.Git("log", "-1", "--format=%ct", "v0.1.0").Trim(), System.Globalization.CultureInfo.InvariantCulture));
        var searches = github.Requests.Where(r => r.Path == "/search/issues").Select(r => Uri.UnescapeDataString(r.Query)).ToList();
        searches.Count.ShouldBe(4); // one per login, however many changes, and one for the release's pull requests (their current titles)
        searches.ShouldContain(q => q.Contains($"repo:bpfman/bpfman is:pr is:merged author:bob-gh merged:<{tagged.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}", StringComparison.Ordinal));
        github.Requests.Count(r => r.Path.EndsWith("/pulls", StringComparison.Ordinal) && r.Path.Contains("/commits/", StringComparison.Ordinal)).ShouldBe(1);

        var model = JsonDocument.Parse(Tool.Run(repo.Path, host, "notes", "--version", "0.2.0", "--json").ShouldSucceed().Out).RootElement;
        model.GetProperty("loginsResolved").GetBoolean().ShouldBeTrue();
        Tool.Run(repo.Path, "notes", "--version", "0.2.0").ShouldSucceed().Out.ShouldNotContain("@"); // without a token: git names
    }

    [Fact]
    public void A_pull_request_merged_by_rebasing_is_listed_once_and_bots_github_names_are_neither_new_nor_grouped()
    {
        using var repo = TestRepository.Create();
        repo.Write("Makefile", "VERSION ?= 0.1.0\n");
        repo.Write("slipway.yaml", "versions:\n  - file: Makefile\n    make: VERSION\nforge:\n  repository: bpfman/bpfman\nnotes:\n  style: whats-changed\n  bots: [release-helper]\n");
        repo.Commit("initial import");
        repo.Git("tag", "-a", "v0.1.0", "-m", "Release v0.1.0");
        using var github = new FakeGitHub("bpfman", "bpfman");
        var rebased = github.AddPullRequest("shutdown", "fix: close the socket on shutdown", "shane-gh");
        var app = github.AddPullRequest("refactor", "refactor: split the loader", "loader-app");
        app.AuthorType = "Bot";
        var helper = github.AddPullRequest("chores", "chore: tidy the workflows", "release-helper");
        // Rebased onto main: the PR's two commits land as they are, without "(#N)" and without a merge.
        As(repo, "Shane", "fix: close the socket on shutdown");
        github.CommitPullRequests[repo.Git("rev-parse", "HEAD").Trim()] = rebased.Number;
        As(repo, "Shane", "test: cover the shutdown path");
        github.CommitPullRequests[repo.Git("rev-parse", "HEAD").Trim()] = rebased.Number;
        rebased.Merge(repo.Git("rev-parse", "HEAD").Trim());
        As(repo, "Loader", $"refactor: split the loader (#{app.Number})");
        As(repo, "Helper", $"chore: tidy the workflows (#{helper.Number})");
        var host = new TestHost(github.Environment());

        var notes = Tool.Run(repo.Path, host, "notes", "--version", "0.2.0").ShouldSucceed().Out;
        notes.Split('\n').Count(l => l.Contains($"/pull/{rebased.Number}", StringComparison.Ordinal) && l.StartsWith("* fix", StringComparison.Ordinal)).ShouldBe(1);
        notes.ShouldNotContain("test: cover the shutdown path");
        notes.ShouldContain($"* @shane-gh made their first contribution in https://github.com/bpfman/bpfman/pull/{rebased.Number}");
        notes.ShouldNotContain("@loader-app made their first contribution");
        notes.ShouldNotContain("@release-helper made their first contribution");

        var sections = Tool.Run(repo.Path, host, "notes", "--version", "0.2.0", "--style", "github-sections").ShouldSucceed().Out;
        sections.ShouldContain("## Refactoring\n\n- Split the loader");
        sections.ShouldNotContain("## Dependencies");
    }

    private static void As(TestRepository repo, string name, string message) =>
        repo.Git("-c", $"user.name={name}", "-c", $"user.email={name.ToLowerInvariant()}@example.com", "commit", "-q", "--allow-empty", "-m", message);
}

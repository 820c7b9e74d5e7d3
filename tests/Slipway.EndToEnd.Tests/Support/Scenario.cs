using System.Text.Json;

namespace Slipway.EndToEnd.Tests.Support;

/// <summary>
/// A repository with its bare remote (and the fake GitHub when the procedure uses a token), set up for
/// one release of an example procedure, and a driver that takes that release to the end as people
/// would: it merges the pull requests when the release waits for them (as they are: fast-forward, as
/// the dry run takes them) and marks the manual steps done, collecting every --json event.
/// </summary>
public sealed class Scenario : IDisposable
{
    private readonly List<string> _outputs = [];

    private Scenario(TestRepository repo, RemoteRepository origin, FakeGitHub? github, string[] release)
    {
        Repo = repo;
        Origin = origin;
        GitHub = github;
        Host = new TestHost(github?.Environment());
        Release = release;
    }

    public TestRepository Repo { get; }

    public RemoteRepository Origin { get; }

    public FakeGitHub? GitHub { get; }

    public TestHost Host { get; }

    /// <summary>The release command's arguments: "release", the version or keyword, and its options.</summary>
    public string[] Release { get; }

    public static Scenario Make(string name)
    {
        switch (name)
        {
            case "kubeopencode with GitHub":
                var repo = GitHubReleaseTests.GitHubRepository("forge:\n  repository: kubeopencode/kubeopencode\n  releases: true\n");
                return new Scenario(repo, RemoteRepository.For(repo), new FakeGitHub(), ["release", "0.2.0"]);
            case "bpfman":
                return Bpfman(["release", "patch"]);
            case "release candidate":
                return Bpfman(["release", "0.6.0-rc1"]);
            case "development version":
                var developed = DevelopmentRepository("development: '{next_minor}-dev'\n");
                return new Scenario(developed, RemoteRepository.For(developed), null, ["release", "0.2.0"]);
            case "patch release":
                var patched = TestRepository.Create("kubeopencode");
                var origin = RemoteRepository.For(patched);
                KubeOpenCodeReleaseTests.Release(patched, origin, "0.2.0");
                var fix = origin.CommitOnMain("cmd/kubeopencode/fix.go", "package main\n", "fix: requeue evicted pods (#31)");
                origin.CommitOnMain("cmd/kubeopencode/feature.go", "package main\n", "feat: new agent (#32)");
                patched.Git("pull", "-q", "--ff-only");
                return new Scenario(patched, origin, null, ["release", "0.2.1", "--from", "v0.2.0", "--cherry-pick", fix]);
            default:
                throw new ArgumentException($"no scenario '{name}'", nameof(name));
        }
    }

    /// <summary>Every object the repository and its remote have before the release: what the release did not make.</summary>
    public IReadOnlySet<string> KnownObjects() => Repo.Git("rev-list", "--all").Split('\n')
        .Concat(Repo.Git("for-each-ref", "--format=%(objectname)").Split('\n'))
        .Concat(Origin.Git("for-each-ref", "--format=%(objectname)").Split('\n'))
        .Where(id => id.Length == 40).ToHashSet(StringComparer.Ordinal);

    /// <summary>Runs the release, then merges, marks and resumes until it is released; the actions it reported.</summary>
    public List<LoggedAction> RunToTheEnd()
    {
        var events = Run([.. Release, "--yes"]);
        for (var stops = 0; Last(events) is { } last && last.GetProperty("event").GetString() == "waiting"; stops++)
        {
            stops.ShouldBeLessThan(10, "the release never finished");
            var step = last.GetProperty("step").GetString()!;
            var journal = JsonDocument.Parse(Tool.Run(Repo.Path, Host, "status", "--json").ShouldSucceed().Out).RootElement;
            var (branch, into) = (journal.GetProperty("branch").GetString()!, journal.GetProperty("base").GetString()!);
            events = step switch
            {
                "pull-request" => Merged(branch, into),
                "post-release" => Merged(branch + "-post", into),
                "development" => Merged(branch + "-development", into),
                _ => Run(["done", step, "--yes"]),
            };
        }

        Last(events)!.Value.GetProperty("event").GetString().ShouldBe("completed");
        return ActionLog.FromEvents(_outputs);
    }

    public void Dispose()
    {
        Repo.Dispose();
        Origin.Dispose();
        GitHub?.Dispose();
    }

    /// <summary>
    /// KubeOpenCode with the next development version set after each release (<paramref name="development"/>),
    /// a dated line of AGENTS.md's kind in CLAUDE.md, and a second checkpoint after push-tag.
    /// </summary>
    public static TestRepository DevelopmentRepository(string development)
    {
        var repo = TestRepository.Create("kubeopencode");
        repo.Write("CLAUDE.md", repo.Read("CLAUDE.md").Replace("- **Go**: 1.23\n", "- **Go**: 1.23\n- **Last Updated**: 2025-01-01\n", StringComparison.Ordinal));
        repo.Write("slipway.yaml", repo.Read("slipway.yaml").Replace("versions:\n", "versions:\n  - file: CLAUDE.md\n    regex: '\\*\\*Last Updated\\*\\*: (?<version>\\S+)'\n    value: '{date}'\n", StringComparison.Ordinal)
            + "  - name: announce\n    text: Announce {tag} on the mailing list\n    after: push-tag\n" + development);
        repo.Commit("chore: a development version after each release");
        return repo;
    }

    // bpfman's repository released as v0.5.1, with a change since.
    private static Scenario Bpfman(string[] release)
    {
        Skip.IfNoCargo();
        var repo = TestRepository.Create("bpfman");
        var origin = RemoteRepository.For(repo);
        repo.Git("tag", "-a", "v0.5.1", "-m", "Release v0.5.1");
        repo.Git("push", "-q", "origin", "v0.5.1");
        repo.Write("changelogs/summary-v0.5.2.md", "The v0.5.2 release pins the dispatchers.\n");
        repo.Commit("docs: summary for v0.5.2");
        repo.Git("push", "-q", "origin", "main");
        return new Scenario(repo, origin, null, release);
    }

    private string Merged(string branch, string into)
    {
        var merged = Origin.FastForward(branch, into);
        GitHub?.PullRequests.SingleOrDefault(p => p.Head == branch)?.Merge(merged);
        return Run(["resume", "--yes"]);
    }

    private string Run(string[] arguments)
    {
        var result = Tool.Run(Repo.Path, Host, [.. arguments, "--json"]).ShouldSucceed();
        _outputs.Add(result.Out);
        return result.Out;
    }

    private static JsonElement? Last(string events) =>
        events.Split('\n', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } lines ? JsonDocument.Parse(lines[^1]).RootElement : null;
}

using System.Text.Json.Nodes;
using Slipway.Core.Planning;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// For each example procedure, the dry run and then the real run against bare remotes (and the fake
/// GitHub where a token is used): the edits (as diffs), commands, commits, refs and forge requests the
/// dry run announced are exactly the ones the real run made. The real run's reports are checked
/// against the world too: the commits and the files in them, the remote's refs, GitHub's requests.
/// A dry run cannot know what a command changes; the files the real run's commands changed are
/// taken out of its commit before the two are compared.
/// </summary>
public sealed class DryRunEquivalenceTests
{
    public static TheoryData<string> Cases() => new("kubeopencode with GitHub", "bpfman", "patch release", "release candidate", "development version");

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_dry_run_announces_exactly_what_the_real_run_does(string name)
    {
        using var scenario = Scenario.Make(name);
        var known = scenario.KnownObjects();

        var plan = Tool.Run(scenario.Repo.Path, scenario.Host, [.. scenario.Release, "--dry-run", "--json"]).ShouldSucceed();
        var announced = ActionLog.FromPlan(plan.Out).Where(a => a.Kind != "wait").ToList();
        var done = scenario.RunToTheEnd();

        var changedByCommands = done.Where(a => a.Kind == "run").SelectMany(a => a.List("changed")).ToHashSet(StringComparer.Ordinal);
        ActionLog.Comparable(done.Select(a => WithoutCommandChanges(a, changedByCommands)), known).ShouldBe(ActionLog.Comparable(announced, known));
        announced.Select(a => a.Kind).ShouldContain("commit");
        CheckAgainstTheWorld(scenario, done);
    }

    // A real run's action as a dry run can announce it: without what its commands changed.
    private static LoggedAction WithoutCommandChanges(LoggedAction action, HashSet<string> changed)
    {
        var fields = action.Action.DeepClone().AsObject();
        fields.Remove("changed");
        if (action.Kind == "commit")
        {
            fields["paths"] = new JsonArray(action.List("paths").Where(p => !changed.Contains(p)).Select(p => (JsonNode?)p).ToArray());
            fields["message"] = string.Join('\n', action.Field("message")!.Split('\n').Where(line => !changed.Any(c => line == $"- Update {c}" || line.StartsWith($"- {c}: ", StringComparison.Ordinal))));
        }

        return action with { Action = fields };
    }

    private static void CheckAgainstTheWorld(Scenario scenario, IReadOnlyList<LoggedAction> done)
    {
        var (repo, origin) = (scenario.Repo, scenario.Origin);
        var written = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var action in done)
        {
            switch (action.Kind)
            {
                case "edit" or "write":
                    foreach (var diff in action.Diffs)
                    {
                        var path = diff.Split('\n')[1]["+++ b/".Length..];
                        (written.TryGetValue(path, out var diffs) ? diffs : written[path] = []).Add(diff);
                    }

                    break;
                case "commit":
                    var commit = action.Field("commit")!;
                    repo.Git("log", "-1", "--format=%B", commit).ShouldStartWith(action.Field("message")!.TrimEnd());
                    foreach (var (path, diffs) in written.Where(w => w.Value.Count == 1))
                    {
                        UnifiedDiff.Create(path, Show(repo, commit + "^", path), Show(repo, commit, path)).ShouldBe(diffs[0], $"{path} as committed in {commit[..7]}");
                    }

                    written.Keys.ShouldBeSubsetOf(repo.Git("diff-tree", "--no-commit-id", "--name-only", "-r", commit).Split('\n', StringSplitOptions.RemoveEmptyEntries));
                    written.Clear();
                    break;
                case "push":
                    var (refName, pushed) = (action.Field("ref")!, action.Field("commit")!);
                    if (refName.StartsWith("refs/tags/", StringComparison.Ordinal))
                    {
                        origin.Git("rev-parse", refName).Trim().ShouldBe(pushed);
                    }
                    else
                    {
                        origin.Git("merge-base", "--is-ancestor", pushed, refName); // still there, or merged forward
                    }

                    break;
            }
        }

        if (scenario.GitHub is { } github)
        {
            var opened = done.Single(a => a.Kind == "open-pull-request");
            var request = github.Requests.Single(r => r.Method == "POST" && r.Path.EndsWith("/pulls", StringComparison.Ordinal)).Json;
            foreach (var field in (string[])["title", "head", "base", "body"])
            {
                request[field]!.GetValue<string>().ShouldBe(opened.Field(field), field);
            }

            var published = done.Single(a => a.Kind == "create-release");
            var release = github.Requests.Single(r => r.Method == "POST" && r.Path.EndsWith("/releases", StringComparison.Ordinal)).Json;
            (release["tag_name"]!.GetValue<string>(), release["name"]!.GetValue<string>(), release["body"]!.GetValue<string>(), release["prerelease"]!.GetValue<bool>())
                .ShouldBe((published.Field("tag")!, published.Field("title")!, published.Field("body")!, published.Action["preRelease"]!.GetValue<bool>()));
        }
    }

    private static string? Show(TestRepository repo, string revision, string path) =>
        repo.Git("ls-tree", "--name-only", revision, "--", path).Trim().Length == 0 ? null : repo.Git("show", $"{revision}:{path}");
}

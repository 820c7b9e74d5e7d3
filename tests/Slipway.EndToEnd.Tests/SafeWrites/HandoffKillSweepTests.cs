using System.Diagnostics;
using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests.SafeWrites;

/// <summary>
/// The hand-off killed anywhere: the <c>resume</c> that makes its commit, branch and push and opens its
/// pull request is killed by strace on entering each write, rename and unlink of its own process (the
/// workspace journal's saves, the private index), and by name between the git and forge calls that
/// strace cannot see (after the branch, after the push, after the pull request is opened and before it
/// is recorded). After each kill the next command settles it, and the resumes finish with exactly
/// one branch, one commit and one pull request: the fake GitHub's records show a single POST. A
/// default run kills at two points of the census; SLIPWAY_KILL_SWEEP=full at every one.
/// </summary>
public sealed class HandoffKillSweepTests(ITestOutputHelper output)
{
    private const string Branch = "bpfman-operator-0.9.0";

    [Fact]
    public void The_handoff_killed_at_any_write_and_resumed_makes_one_branch_one_commit_one_pull_request()
    {
        Assert.SkipWhen(SyscallKiller.Unavailable is not null, SyscallKiller.Unavailable ?? string.Empty);
        var full = Environment.GetEnvironmentVariable("SLIPWAY_KILL_SWEEP") == "full";
        var clock = Stopwatch.StartNew();
        IReadOnlyList<KillPoint> census;
        using (var run = new HandoffRun())
        {
            census = SyscallKiller.Census(run.Workspace.Directory.Path, ["resume"], TempPrefix, run.Environment);
            run.Finish();
        }

        var points = full ? census : SyscallKiller.Sample(census, 4).Skip(1).Take(2).ToList();
        var failures = SyscallKiller.Sweep(points, point =>
        {
            try
            {
                using var run = new HandoffRun();
                var killed = SyscallKiller.RunKilledAt(run.Workspace.Directory.Path, ["resume"], point, run.Environment);
                killed.ExitCode.ShouldBe(137, $"the command was not killed: {killed}");
                run.Finish();
                return null;
            }
            catch (Exception e) when (e is Shouldly.ShouldAssertException or InvalidOperationException)
            {
                return $"resume killed at {point}: {e.Message}";
            }
        });

        output.WriteLine($"hand-off: {census.Count} kill points in its resume ({string.Join(", ", census.GroupBy(p => p.Syscall).Select(g => $"{g.Key} {g.Count()}"))}); killed at {points.Count} in {clock.Elapsed.TotalSeconds:F0} s");
        failures.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("handoff:after-branch")]
    [InlineData("handoff:after-push")]
    [InlineData("handoff:after-open")]
    public void The_handoff_killed_between_its_git_and_forge_calls_and_resumed_makes_one_pull_request(string point)
    {
        using var run = new HandoffRun();

        run.Resume(point).ExitCode.ShouldBe(137);

        run.Finish();
    }

    private static string TempPrefix => Path.Combine(Path.GetTempPath(), "slipway-e2e-");

    /// <summary>The bpfman workspace with the operator released and its hand-off not started: the next 'resume' is the hand-off alone.</summary>
    private sealed class HandoffRun : IDisposable
    {
        private readonly FakeGitHub _github = new("k8s-operatorhub", "community-operators");

        public HandoffRun()
        {
            Environment = _github.Environment();
            Resume(null, "release", "0.9.0", "--yes").ShouldSucceed();
            Workspace.BpfmanOrigin.MergePullRequest("release/v0.9.0");
            Workspace.DocsOrigin.MergePullRequest("release/v0.9.0");
            Resume(null).ShouldSucceed();
            Workspace.OperatorOrigin.MergePullRequest("release/v0.9.0");
            Resume("handoff:before").ExitCode.ShouldBe(137);
        }

        public BpfmanWorkspace Workspace { get; } = new();

        public Dictionary<string, string> Environment { get; }

        public CliResult Resume(string? crashAt, params string[] args)
        {
            var environment = new Dictionary<string, string>(Environment);
            if (crashAt is not null)
            {
                environment["SLIPWAY_CRASH_AT"] = crashAt;
            }

            return Tool.RunProcess(Workspace.Directory.Path, args.Length > 0 ? args : ["resume"], environment);
        }

        /// <summary>Settles whatever a kill left, lets the pull request be merged, and checks that everything exists exactly once.</summary>
        public void Finish()
        {
            Resume(null).ShouldSucceed().Out.ShouldContain("hand-off community-operators: waiting for pull request #101");
            _github.PullRequests.Single().Merge("0000000000000000000000000000000000000001");
            Resume(null).ShouldSucceed().Out.ShouldContain("The workspace release 0.9.0 is done");

            var commit = Workspace.CommunityOrigin.Ref("refs/heads/" + Branch).ShouldNotBeNull();
            Workspace.CommunityOrigin.Git("rev-list", "--count", "main.." + Branch).Trim().ShouldBe("1");
            Workspace.Community.Git("rev-parse", Branch).Trim().ShouldBe(commit);
            Workspace.Community.Git("for-each-ref", "--format=%(refname)", "refs/heads/").Trim().Split('\n').ShouldBe(["refs/heads/" + Branch, "refs/heads/main"]);
            Workspace.CommunityOrigin.Git("for-each-ref", "--format=%(refname)", "refs/heads/").Trim().Split('\n').ShouldBe(["refs/heads/" + Branch, "refs/heads/main"]);
            _github.Requests.Where(r => r.Method == "POST").Select(r => r.Path).ShouldBe(["/repos/k8s-operatorhub/community-operators/pulls"]);
            _github.PullRequests.Single().Head.ShouldBe(Branch);
            Workspace.Community.Git("status", "--porcelain", "--ignored").ShouldBeEmpty();
            Directory.EnumerateFiles(Workspace.Community.File(".git/slipway"), "*.index").ShouldBeEmpty();
            foreach (var repository in Workspace.Releasing)
            {
                Directory.EnumerateFiles(repository.File(".git/slipway/workspace"), "*.tmp").ShouldBeEmpty();
            }
        }

        public void Dispose()
        {
            Workspace.Dispose();
            _github.Dispose();
        }
    }
}

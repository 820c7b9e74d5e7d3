using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// The native executable (Native AOT, as build/publish.sh and the .NET tool ship it) against the JIT
/// build, command by command on real repositories laid out like KubeOpenCode's and bpfman's: the same
/// exit code, standard output and standard error, byte for byte. build/test.sh packs the .NET tool,
/// installs it into a temporary tool path and names the installed command in SLIPWAY_NATIVE.
/// </summary>
public sealed class NativeSmokeTests(NativeSmokeTests.Repositories repositories) : IClassFixture<NativeSmokeTests.Repositories>
{
    private const string Variable = "SLIPWAY_NATIVE";

    public static TheoryData<string, string> Commands() => new()
    {
        { "kubeopencode", "--version" },
        { "kubeopencode", "--help" },
        { "kubeopencode", "show" },
        { "kubeopencode", "show --json" },
        { "kubeopencode", "verify" },
        { "kubeopencode", "verify --version 9.9.9" },
        { "kubeopencode", "bump minor --dry-run" },
        { "kubeopencode", "audit --json" },
        { "kubeopencode", "next" },
        { "kubeopencode", "notes --version 0.2.0" },
        { "kubeopencode", "notes --version 0.2.0 --json" },
        { "kubeopencode", "notes --version 0.2.0 --config templated.yaml" },
        { "kubeopencode", "release minor --dry-run" },
        { "kubeopencode", "bump sideways" },
        { "bpfman", "show" },
        { "bpfman", "audit" },
        { "bpfman", "notes --version 0.5.2" },
        { "bpfman", "release 0.5.2 --dry-run" },
        { "bpfman", "init --stdout" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_native_executable_prints_what_the_jit_build_prints(string repository, string command)
    {
        var native = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(native))
        {
            Assert.Skip($"{Variable} names no native slipway: build/test.sh installs one");
        }

        File.Exists(native).ShouldBeTrue($"{Variable}={native} does not exist: the native tool was not packed or installed (see build/test.sh's output)");
        var directory = repositories.PathOf(repository);
        var args = command.Split(' ');
        var expected = Tool.RunProcess(directory, args);
        var actual = Tool.RunExecutable(native, directory, args);
        actual.ToString().ShouldBe(expected.ToString(), $"slipway {command} in {repository}");
    }

    /// <summary>The two repositories, each with a released tag, changes since, and a bare remote.</summary>
    public sealed class Repositories : IDisposable
    {
        private readonly List<IDisposable> _owned = [];
        private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

        public Repositories()
        {
            var kubeopencode = Released("kubeopencode", "v0.1.0");
            kubeopencode.Write("templated.yaml", kubeopencode.Read("slipway.yaml") + "notes:\n  template: notes.hbs\n");
            kubeopencode.Write(
                "notes.hbs",
                "# {{tag}}\n{{#each sections}}\n## {{title}}\n{{#each changes}}\n- {{capitalize description}}{{#if pullRequest}} (#{{pullRequest}}){{/if}}\n{{/each}}\n{{/each}}\n");
            kubeopencode.Commit("chore: add a notes template");
            kubeopencode.Git("push", "-q", "origin", "main");
            Released("bpfman", "v0.5.1");
        }

        public string PathOf(string name) => _paths[name];

        private TestRepository Released(string example, string tag)
        {
            var repo = TestRepository.Create(example);
            _owned.Add(repo);
            repo.Git("tag", "-a", tag, "-m", $"Release {tag}");
            repo.Write("docs/agents.md", "Agent templates\n");
            repo.Commit("feat: add agent templates (#12)");
            repo.Write("docs/requeue.md", "Requeue on conflict\n");
            repo.Commit("fix: requeue on conflict (#13)");
            _owned.Add(RemoteRepository.For(repo));
            _paths[example] = repo.Path;
            return repo;
        }

        public void Dispose()
        {
            foreach (var owned in _owned)
            {
                owned.Dispose();
            }
        }
    }
}

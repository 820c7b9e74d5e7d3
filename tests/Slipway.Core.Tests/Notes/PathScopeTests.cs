using System.Text;
using Slipway.Core.Configuration;
using Slipway.Core.Git;
using Slipway.Core.History;
using Slipway.Core.Notes;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Notes;

/// <summary>
/// A repository that holds two things released apart (an operator and its API module, as
/// open-feature-operator does): the operator's notes and next version are made of the changes that
/// touched its files (notes.paths, notes.exclude-paths), judged on real git history.
/// </summary>
public sealed class PathScopeTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void The_operator_lists_what_touched_its_files_and_leaves_the_api_modules_own_changes_out()
    {
        var repository = Operator();

        var notes = Notes(repository, "  exclude-paths: ['api/**']\n");

        notes.Model.Changes.Select(c => c.Title).ShouldBe([
            "feat: watch namespaces",          // the operator's own files
            "fix: use the new field",          // api/ and the operator together
            "feat: sidecar resources",         // a pull request merged with a merge commit, judged by what the merge brought
            "refactor: move the defaults out of api", // renamed out of api/: the new path is the operator's
        ]);
    }

    [Fact]
    public void Paths_name_the_project_and_exclude_paths_take_part_of_it_back()
    {
        var repository = Operator();

        var api = Notes(repository, "  paths: ['api/**']\n  exclude-paths: ['api/**/*_test.go']\n");

        api.Model.Changes.Select(c => c.Title).ShouldBe([
            "feat(api): add the interval field",
            "fix: use the new field",
            "docs: describe the API",
            "refactor: move the defaults out of api", // the old path was the module's
        ]); // and not the module's test
    }

    [Fact]
    public void Next_counts_only_the_operators_changes()
    {
        var repository = Operator();
        var config = Config(repository, "  exclude-paths: ['api/**']\n");
        repository.Git("tag", "v0.2.0");
        repository.Write("api/v1/types.go", "package v1 // Interval\n").Commit("feat(api): another field (#9)");
        repository.Write("cmd/main.go", "package main // 2\n").Commit("fix: a typo (#10)");

        var (result, _) = new NextVersionService(config, new GitRunner(repository.Path)).Compute(null, null);

        result.Version.ShouldBe(SemVersion.Parse("0.2.1"), "the API module's feature is not the operator's");
        result.Changes.ShouldBe(1);
    }

    [Fact]
    public void The_globs_are_relative_to_slipway_yaml_and_a_file_outside_its_directory_is_the_projects_only_without_paths()
    {
        var everything = new PathScope(NotesSettings.Default with { ExcludePaths = ["api/**"] }, "operator/");
        everything.Takes("operator/cmd/main.go").ShouldBeTrue();
        everything.Takes("operator/api/v1/types.go").ShouldBeFalse();
        everything.Takes("api/v1/types.go").ShouldBeTrue("not under operator/, so not what 'api/**' names");
        everything.Takes("README.md").ShouldBeTrue();

        var own = new PathScope(NotesSettings.Default with { Paths = ["**"] }, "operator/");
        own.Takes("operator/cmd/main.go").ShouldBeTrue();
        own.Takes("README.md").ShouldBeFalse();
    }

    [Fact]
    public void Paths_are_read_as_git_writes_them_whatever_the_file_names_hold()
    {
        // An empty commit, a name that starts with a line break (git writes one before a commit's
        // first file), and names that look like a commit's id or hold the format's bytes.
        var repository = GitRepository.Init(Path.Combine(_directory.Path, "names"));
        var first = repository.Write("a", "1").Commit("first");
        var empty = repository.Commit("empty");
        var newline = repository.Write("\nlisted", "1").Commit("a name with a line break first");
        var id = repository.Write(new string('f', 40), "1").Write("x\u0001y", "1").Commit("names like ids");

        var touching = ChangedPaths.Touching(new GitRunner(repository.Path), first, "HEAD", path => path is "\nlisted" or "x\u0001y");

        touching.ShouldBe([CommitId.Parse(newline), CommitId.Parse(id)], ignoreOrder: true);
        touching.ShouldNotContain(CommitId.Parse(empty));
    }

    [Fact]
    public void Without_paths_nothing_more_is_asked_of_git()
    {
        var repository = Operator();
        var calls = new List<string>();
        var git = new GitRunner(repository.Path, line => { lock (calls) { calls.Add(line); } });

        new ReleaseNotesGenerator(new NotesInputs(Config(repository, string.Empty), git)).Generate(new NotesRequest(SemVersion.Parse("0.2.0"))).Model.Changes.Count.ShouldBe(7);

        calls.ShouldNotContain(c => c.Contains("--name-only", StringComparison.Ordinal));
    }

    private static NotesResult Notes(GitRepository repository, string notes) =>
        new ReleaseNotesGenerator(new NotesInputs(Config(repository, notes), new GitRunner(repository.Path))).Generate(new NotesRequest(SemVersion.Parse("0.2.0")));

    private static SlipwayConfig Config(GitRepository repository, string notes) =>
        ConfigLoader.Parse("versions:\n  - { file: Makefile, make: VERSION }\nnotes:\n  style: keep-a-changelog\n" + notes, Path.Combine(repository.Path, "slipway.yaml"), "slipway.yaml");

    // v0.1.0, then: the operator's change, the API module's change, one of both, a PR branch merged
    // with a merge commit for each, a file renamed out of api/, and a test of the API module.
    private GitRepository Operator()
    {
        var repository = GitRepository.Init(Path.Combine(_directory.Path, "operator-" + Guid.NewGuid().ToString("N")[..6]));
        repository.Write("Makefile", "VERSION ?= 0.1.0\n").Write("cmd/main.go", "package main\n").Write("api/v1/types.go", "package v1\n").Write("api/v1/defaults.go", "package v1 // defaults\n").Commit("chore: first");
        repository.Git("tag", "v0.1.0");
        repository.Write("cmd/main.go", "package main // namespaces\n").Commit("feat: watch namespaces (#1)");
        repository.Write("api/v1/types.go", "package v1 // Interval\n").Commit("feat(api): add the interval field (#2)");
        repository.Write("api/v1/types.go", "package v1 // Interval, Timeout\n").Write("cmd/main.go", "package main // timeout\n").Commit("fix: use the new field (#3)");
        Merged(repository, "api-docs", "api/v1/doc.go", "docs: describe the API (#4)", 4);
        Merged(repository, "sidecar", "cmd/sidecar.go", "feat: sidecar resources (#5)", 5);
        repository.Git("mv", "api/v1/defaults.go", "cmd/defaults.go");
        repository.Commit("refactor: move the defaults out of api (#6)");
        repository.Write("api/v1/types_test.go", "package v1\n").Commit("test(api): cover the interval (#7)");
        return repository;
    }

    private static void Merged(GitRepository repository, string branch, string file, string title, int number)
    {
        repository.Git("checkout", "-q", "-b", branch);
        repository.Write(file, "package x // " + branch + "\n").Commit(title);
        repository.Git("checkout", "-q", "main");
        repository.Git("merge", "-q", "--no-ff", branch, "-m", $"Merge pull request #{number} from someone/{branch}\n\n{title[..title.IndexOf(" (#", StringComparison.Ordinal)]}");
    }
}

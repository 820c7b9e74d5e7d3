using Slipway.Core.Configuration;
using Slipway.Core.Git;
using Slipway.Core.Notes;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Notes;

/// <summary>
/// The previous release is the greatest tagged version the end reaches. Where releases are tagged on
/// release branches, most candidates are off main's history: after two read in vain, git is asked
/// once which of the rest main reaches, instead of a read of main's history per candidate.
/// </summary>
public sealed class PreviousReleaseSearchTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Releases_on_release_branches_are_passed_over_with_one_question_to_git()
    {
        var (notes, calls) = Unreleased(Repository(offBranch: 5));

        notes.Model.PreviousTag.ShouldBe("v0.1.0");
        notes.Model.Changes.Select(c => c.Title).ShouldBe(["feat: main 1", "fix: main 2", "feat: main 3", "fix: main 4", "feat: main 5", "fix: after"]);
        calls.Count(c => c.StartsWith("git log -z", StringComparison.Ordinal)).ShouldBe(3, "two candidates read, then the one git named");
        calls.Count(c => c.StartsWith("git for-each-ref --merged=HEAD", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void The_greatest_release_on_main_is_read_at_once()
    {
        var (notes, calls) = Unreleased(Repository(offBranch: 0));

        notes.Model.PreviousTag.ShouldBe("v0.6.0");
        notes.Model.Changes.Select(c => c.Title).ShouldBe(["fix: after"]);
        calls.Count(c => c.StartsWith("git log -z", StringComparison.Ordinal)).ShouldBe(1);
        calls.ShouldNotContain(c => c.Contains("--merged", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_release_on_main_the_whole_history_is_read()
    {
        var (notes, calls) = Unreleased(Repository(offBranch: 6));

        notes.Model.PreviousTag.ShouldBeNull();
        notes.Model.Changes.Count.ShouldBe(7, "the first commit, main's five and the last");
        calls.Count(c => c.StartsWith("git log -z", StringComparison.Ordinal)).ShouldBe(3);
    }

    // 'slipway notes' without --version asks what next computes first; next has found the previous
    // release by then, and the notes start their search at it: the same notes, the range read once.
    [Theory]
    [InlineData(5, "v0.1.0")]
    [InlineData(0, "v0.6.0")]
    [InlineData(6, null)]
    public void Notes_after_next_do_not_search_for_the_previous_release_again(int offBranch, string? previous)
    {
        var repository = Repository(offBranch);
        var calls = new List<string>();
        var git = new GitRunner(repository.Path, line => { lock (calls) { calls.Add(line); } });
        var config = Config(repository);
        var next = new NextVersionService(config, git).Compute(null, null).Result;
        next.PreviousTag.ShouldBe(previous);
        var searched = new ReleaseNotesGenerator(new NotesInputs(config, new GitRunner(repository.Path))).Generate(new NotesRequest(next.Version));
        calls.Clear();

        var notes = new ReleaseNotesGenerator(new NotesInputs(config, git)).Generate(new NotesRequest(next.Version) { Previous = new KnownPrevious(next.Previous, "HEAD") });

        NotesJson.Serialize(notes.Model).ShouldBe(NotesJson.Serialize(searched.Model));
        notes.Model.Range.To.ShouldBe("HEAD", "the unreleased changes, not a release tagged on a branch");
        calls.Count(c => c.StartsWith("git log -z", StringComparison.Ordinal)).ShouldBe(1, "the range alone");
        calls.ShouldNotContain(c => c.Contains("--merged", StringComparison.Ordinal));
    }

    [Fact]
    public void A_previous_release_found_for_another_end_is_not_taken()
    {
        var repository = Repository(offBranch: 5);
        var git = new GitRunner(repository.Path);
        var stale = new KnownPrevious(SemVersion.Parse("0.6.0"), "release-6");

        var notes = new ReleaseNotesGenerator(new NotesInputs(Config(repository), git)).Generate(new NotesRequest(SemVersion.Parse("0.7.0")) { Previous = stale });

        notes.Model.PreviousTag.ShouldBe("v0.1.0", "searched from HEAD, as without it");
    }

    [Theory]
    [InlineData(5, "v0.1.0", 2, 1)]
    [InlineData(1, "v0.5.0", 2, 0)]
    [InlineData(6, null, 2, 1)]
    public void A_release_from_a_branch_follows_the_greatest_release_the_branch_reaches(int offBranch, string? previous, int ancestryChecks, int walks)
    {
        var repository = Repository(offBranch);
        var calls = new List<string>();
        var git = new GitRunner(repository.Path, calls.Add);
        var resolver = new RangeResolver(git, Config(repository).Tag);

        resolver.PreviousFrom(SemVersion.Parse("0.7.0"), "main")?.Tag.ShouldBe(previous);
        calls.Count(c => c.StartsWith("git merge-base --is-ancestor", StringComparison.Ordinal)).ShouldBe(ancestryChecks);
        calls.Count(c => c.StartsWith("git for-each-ref --merged=", StringComparison.Ordinal)).ShouldBe(walks);
    }

    private static (NotesResult Notes, List<string> Calls) Unreleased(GitRepository repository)
    {
        var calls = new List<string>();
        var git = new GitRunner(repository.Path, line => { lock (calls) { calls.Add(line); } });
        var notes = new ReleaseNotesGenerator(new NotesInputs(Config(repository), git)).Generate(new NotesRequest(SemVersion.Parse("0.7.0")));
        return (notes, calls);
    }

    private static SlipwayConfig Config(GitRepository repository) =>
        ConfigLoader.Parse("versions:\n  - { file: VERSION, whole: true }\n", Path.Combine(repository.Path, "slipway.yaml"), "slipway.yaml");

    // main: a first commit tagged v0.1.0, then one commit per release 0.2.0-0.6.0; the last
    // offBranch of those releases are tagged on a release branch of their own (a back-port on top of
    // main's commit), the others on main's commit; then one more commit on main.
    private GitRepository Repository(int offBranch)
    {
        var repository = GitRepository.Init(Path.Combine(_directory.Path, $"branches-{offBranch}"));
        var stream = new FastImport();
        var main = stream.Commit("refs/heads/main", "chore: first commit", [], "Ann");
        stream.Tag("v0.1.0", main, annotated: false);
        for (var release = 2; release <= 6; release++)
        {
            main = stream.Commit("refs/heads/main", $"{(release % 2 == 0 ? "feat" : "fix")}: main {release - 1}", [main], "Bo");
            var tagged = release > 6 - offBranch ? stream.Commit($"refs/heads/release-{release}", $"fix: back-port to 0.{release}", [main], "Cy") : main;
            stream.Tag($"v0.{release}.0", tagged, annotated: release % 2 == 0);
        }

        if (offBranch == 6)
        {
            // v0.1.0 too: moved onto a branch of its own.
            stream.Tag("v0.1.0", stream.Commit("refs/heads/release-1", "fix: back-port to 0.1", [1], "Cy"), annotated: false);
        }

        stream.Commit("refs/heads/main", "fix: after", [main], "Dee");
        stream.Import(repository);
        repository.Git("checkout", "-q", "main");
        return repository;
    }
}

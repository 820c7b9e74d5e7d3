using Slipway.Core.Configuration;
using Slipway.Core.Git;
using Slipway.Core.Notes;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Notes;

/// <summary>
/// A range that spans several releases is read in segments at once, split at release tags. The notes
/// must be byte for byte those of one read, whatever the number of segments, on histories with what
/// real ones have: squashed and merged pull requests, branches that started before a release and
/// landed after it, a pull request landed twice, the releases' own commits, co-authors, clock skew;
/// and where a release was tagged off the main line, the split is refused and the range read whole.
/// </summary>
public sealed class SegmentedHistoryTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Whole_history_notes_are_one_reads_in_any_number_of_segments(int segments)
    {
        var repository = History(releases: 9, Tags.OnMainLine);
        var (whole, wholeLogs) = Notes(repository, new NotesRequest(SemVersion.Parse("0.10.0")) { All = true }, segments: 1);
        var (split, splitLogs) = Notes(repository, new NotesRequest(SemVersion.Parse("0.10.0")) { All = true }, segments);

        wholeLogs.ShouldBe(1);
        splitLogs.ShouldBe(segments, "one git log per segment");
        split.ShouldBe(whole);
        whole.ShouldContain("feat: change 1.0\",", Case.Sensitive, "the pull request landed twice is listed at its first landing");
        whole.ShouldNotContain("change 7.3", Case.Sensitive);
    }

    [Fact]
    public void A_range_from_a_release_is_split_the_same_way()
    {
        var repository = History(releases: 9, Tags.OnMainLine);
        var request = new NotesRequest(SemVersion.Parse("0.9.0")) { From = "v0.2.0", To = "v0.9.0" };
        var (whole, _) = Notes(repository, request, segments: 1);
        var (split, logs) = Notes(repository, request, segments: 2);

        logs.ShouldBe(2);
        split.ShouldBe(whole);
    }

    [Theory]
    [InlineData(Tags.OnMergedBranches)]
    [InlineData(Tags.OnReleaseBranches)]
    public void Releases_tagged_off_the_main_line_split_where_the_main_line_meets_them(Tags tags)
    {
        // A segment ending at such a tag would not be main's history: the main line's commit where it
        // meets the tag's history is on the main line, and the range is split there instead.
        var repository = History(releases: 9, tags);
        var (whole, _) = Notes(repository, new NotesRequest(SemVersion.Parse("0.10.0")) { All = true }, segments: 1);
        var (split, logs) = Notes(repository, new NotesRequest(SemVersion.Parse("0.10.0")) { All = true }, segments: 3);

        logs.ShouldBe(5, "three segments at the tags, then two at the main line's commit");
        split.ShouldBe(whole);
    }

    [Fact]
    public void Releases_tagged_on_a_history_of_their_own_are_read_whole()
    {
        var repository = History(releases: 9, Tags.OnUnrelatedHistory);
        var (whole, _) = Notes(repository, new NotesRequest(SemVersion.Parse("0.10.0")) { All = true }, segments: 1);
        var (split, logs) = Notes(repository, new NotesRequest(SemVersion.Parse("0.10.0")) { All = true }, segments: 2);

        logs.ShouldBe(3, "two segments tried, then the range read whole");
        split.ShouldBe(whole);
    }

    [Fact]
    public void A_release_tag_that_names_a_tree_is_no_split()
    {
        // v0.5.1 names the tree of the last commit and v0.5.2 (annotated) a blob: they are where a
        // split of eleven releases would fall, and no history starts or ends at them.
        var repository = History(releases: 9, Tags.OnMainLine);
        repository.Git("tag", "v0.5.1", "HEAD^{tree}");
        repository.Write("blob.txt", "not a commit\n");
        repository.Git("tag", "-a", "-m", "a blob", "v0.5.2", repository.Git("hash-object", "-w", "blob.txt").Trim());
        File.Delete(repository.File("blob.txt"));
        var (whole, _) = Notes(repository, new NotesRequest(SemVersion.Parse("0.10.0")) { All = true }, segments: 1);
        var (split, logs) = Notes(repository, new NotesRequest(SemVersion.Parse("0.10.0")) { All = true }, segments: 2);

        logs.ShouldBe(2);
        split.ShouldBe(whole);
    }

    [Fact]
    public void A_range_with_few_releases_is_read_whole()
    {
        var repository = History(releases: 3, Tags.OnMainLine);
        var (_, logs) = Notes(repository, new NotesRequest(SemVersion.Parse("0.4.0")) { All = true }, segments: 4);

        logs.ShouldBe(1);
    }

    // The notes as JSON (every field of every change) and as the default style's text, and how many git logs made them.
    private static (string Notes, int Logs) Notes(GitRepository repository, NotesRequest request, int segments)
    {
        var logs = 0;
        var git = new GitRunner(repository.Path, line => Interlocked.Add(ref logs, line.Contains(" log -z ", StringComparison.Ordinal) ? 1 : 0));
        var config = ConfigLoader.Parse("versions:\n  - { file: VERSION, whole: true }\nnotes: { style: github-sections }\n", Path.Combine(repository.Path, "slipway.yaml"), "slipway.yaml");
        var inputs = new NotesInputs(config, git) { Segments = segments };
        var json = new ReleaseNotesGenerator(inputs).Generate(request with { FullModel = true });
        logs = 0; // counted for the text alone: the JSON was read the same way
        var text = new ReleaseNotesGenerator(inputs).Generate(request);
        return (NotesJson.Serialize(json.Model) + "\n" + text.Text, logs);
    }

    // A generated history: per release, squashed pull requests, merged ones (some from branches that
    // started two releases back), a join without a pull request, the release's own commit and its tag
    // (lightweight and annotated in turn). Pull request 1 lands again in the seventh release.
    private GitRepository History(int releases, Tags tags)
    {
        var repository = GitRepository.Init(Path.Combine(_directory.Path, $"history-{releases}-{tags}"));
        var stream = new FastImport();
        var main = stream.Commit("refs/heads/main", "chore: first commit", [], "Ann");
        var unrelated = stream.Commit("refs/heads/pages", "docs: the web site", [], "Ann");
        var pr = 1;
        var oldBranchStarts = new List<int> { main };
        for (var release = 1; release <= releases; release++)
        {
            for (var change = 0; change < 8; change++)
            {
                var author = Authors[(release * 7 + change) % Authors.Length];
                var number = release == 7 && change == 3 ? 1 : pr++;
                switch (change % 4)
                {
                    case 0 or 3:
                        var body = change == 3 ? "\n\nCo-authored-by: Bo Bauer <bo@example.com>" : "\n\nThe lock file is read once.\n\nSigned-off-by: x <x@example.com>";
                        main = stream.Commit("refs/heads/main", $"{Types[(release + change) % Types.Length]}: change {release}.{change} (#{number}){body}", [main], author);
                        break;
                    case 1:
                        // A branch that started two releases back lands now.
                        var start = oldBranchStarts[Math.Max(0, oldBranchStarts.Count - 3)];
                        var tip = stream.Commit("refs/heads/topic", $"feat(api): branch work {release}", [start], author, skew: -3600);
                        tip = stream.Commit("refs/heads/topic", "wip", [tip], author);
                        main = stream.Commit("refs/heads/main", $"Merge pull request #{number} from {author.ToLowerInvariant()}/topic-{release}\n\nfeat(api): topic {release}", [main, tip], author);
                        break;
                    default:
                        // A join without a pull request: its commits count on their own.
                        var joined = stream.Commit("refs/heads/join", $"fix: joined {release}", [main], author);
                        main = stream.Commit("refs/heads/main", "Merge branch 'join'", [main, joined], author);
                        break;
                }
            }

            oldBranchStarts.Add(main);
            var tag = $"v0.{release}.0";
            switch (tags)
            {
                case Tags.OnMainLine:
                    main = stream.Commit("refs/heads/main", $"chore: prepare {tag} release", [main], "Ann");
                    stream.Tag(tag, main, annotated: release % 2 == 0);
                    break;
                case Tags.OnMergedBranches:
                    var prepared = stream.Commit("refs/heads/release", $"chore: prepare {tag} release", [main], "Ann");
                    stream.Tag(tag, prepared, annotated: release % 2 == 0);
                    main = stream.Commit("refs/heads/main", $"Merge pull request #{pr++} from ann/release-{release}\n\nchore: prepare {tag} release", [main, prepared], "Ann");
                    break;
                case Tags.OnReleaseBranches:
                    var branch = stream.Commit("refs/heads/release", $"chore: prepare {tag} release", [main], "Ann");
                    stream.Tag(tag, stream.Commit("refs/heads/release", $"fix: back-port for {tag}", [branch], "Bo"), annotated: release % 2 == 0);
                    break;
                default:
                    unrelated = stream.Commit("refs/heads/pages", $"docs: pages for {tag}", [unrelated], "Ann");
                    stream.Tag(tag, unrelated, annotated: release % 2 == 0);
                    break;
            }
        }

        stream.Commit("refs/heads/main", $"fix: after the last release (#{pr})", [main], "Cy");
        stream.Import(repository);
        repository.Git("checkout", "-q", "main");
        return repository;
    }

    public enum Tags
    {
        OnMainLine,
        OnMergedBranches,
        OnReleaseBranches,
        OnUnrelatedHistory,
    }

    private static readonly string[] Authors = ["Ann", "Bo", "Cy", "Dee", "Eve"];
    private static readonly string[] Types = ["fix", "feat", "docs", "refactor", "chore(deps)", "perf", "feat!"];
}

using Slipway.Core.Diagnostics;
using Slipway.Core.Git;

namespace Slipway.Core.Tests.Git;

/// <summary>
/// <see cref="ObjectBatch"/> answers from one git cat-file --batch what rev-parse and ls-tree answer
/// with a process each: held to them on a real repository with annotated and lightweight tags, odd
/// ref names, symbolic links, a submodule, paths missing at one end and names that are no revision.
/// </summary>
public sealed class ObjectBatchTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly GitRepository _repository;
    private readonly GitRunner _git;

    public ObjectBatchTests()
    {
        _repository = GitRepository.Init(_directory.Path);
        _repository.Write("README.md", "first\n").Commit("initial");
        _repository.Write("config/crd/bases/a.yaml", "kind: A\n").Write("config/crdx/b.yaml", "kind: B\n").Commit("CRDs");
        _repository.Git("tag", "-a", "-m", "Release v1.0.0", "v1.0.0");
        _repository.Write("config/crd/bases/nested/deeper/c d é.yaml", "kind: C\n").Write("config/crd/bases-old.yaml", "old\n")
            .Write("config.yaml", "x\n").Write("config/crd/bases/a.yaml", "kind: A2\n").Commit("more");
        File.CreateSymbolicLink(_repository.File("config/crd/bases/link.yaml"), "a.yaml");
        _repository.Commit("a link");
        // A submodule is a commit of another repository in the tree: no file of this one.
        _repository.Git("update-index", "--add", "--cacheinfo", $"160000,{_repository.Git("rev-parse", "HEAD").Trim()},config/crd/bases/sub");
        _repository.Git("commit", "-q", "-m", "a submodule");
        _repository.Git("tag", "v1.1.0");
        _repository.Git("branch", "odd/na-me_1.x+y");
        _repository.Git("tag", "v2.0.0-rc.1+build.5");
        _git = new GitRunner(_directory.Path);
    }

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("HEAD")]
    [InlineData("HEAD~2")]
    [InlineData("HEAD^^^")]
    [InlineData("v1.0.0")] // annotated: peeled to its commit
    [InlineData("v1.1.0")] // lightweight
    [InlineData("v1.0.0^{}")]
    [InlineData("odd/na-me_1.x+y")]
    [InlineData("refs/heads/odd/na-me_1.x+y")]
    [InlineData("v2.0.0-rc.1+build.5")]
    [InlineData("main@{0}")]
    [InlineData(":/CRDs")]
    [InlineData("HEAD^{tree}")] // a tree is no commit
    [InlineData("HEAD:README.md")] // nor a blob
    [InlineData("v9.9.9")]
    [InlineData("a name with spaces")]
    [InlineData("HEAD~99")]
    [InlineData("")]
    [InlineData(" HEAD")]
    [InlineData("HEAD\nHEAD")]
    public void A_revision_names_the_commit_rev_parse_names(string revision)
    {
        using var batch = new ObjectBatch(_git);
        batch.Commit(revision).ShouldBe(new GitReader(_git).Resolve(revision), $"'{revision}'");
    }

    [Fact]
    public void Abbreviated_and_full_ids_resolve_and_questions_share_one_process()
    {
        var head = _repository.Git("rev-parse", "HEAD").Trim();
        using var batch = new ObjectBatch(_git);
        batch.Commit(head).ShouldBe(head);
        batch.Commit(head[..7]).ShouldBe(head);
        batch.Commit("v1.0.0").ShouldBe(new GitReader(_git).Resolve("v1.0.0"));
        batch.BlobsAt(head, ["config"]).ShouldNotBeEmpty();
    }

    public static TheoryData<string, string[]> Listings() => new()
    {
        { "HEAD", [] },
        { "HEAD", ["config/crd/bases"] },
        { "HEAD", ["config/crd"] },
        { "HEAD", ["config"] },
        { "HEAD", ["config", "config/crd/bases"] }, // overlapping: each file once
        { "HEAD", ["config/crd/bases/a.yaml"] }, // a file
        { "HEAD", ["config/crd/bases/link.yaml"] }, // a symbolic link, not followed
        { "HEAD", ["config/crd/bases/sub"] }, // a submodule: nothing
        { "HEAD", ["config/cr"] }, // a prefix of a name is not its directory
        { "HEAD", ["config/crd/bases/nested/deeper"] },
        { "HEAD", ["missing", "config/crdx"] },
        { "HEAD", ["README.md/x"] }, // below a file
        { "HEAD~3", ["config/crd/bases"] }, // the path is missing at this end
        { "HEAD~3", [] },
        { "v1.0.0", ["config/crd/bases", "config/crdx"] },
    };

    [Theory]
    [MemberData(nameof(Listings))]
    public void A_tree_lists_the_blobs_ls_tree_lists(string revision, string[] directories)
    {
        var commit = new GitReader(_git).Resolve(revision)!;
        using var batch = new ObjectBatch(_git);
        var listed = batch.BlobsAt(commit, directories);
        listed.ShouldBe(new GitReader(_git).BlobsAt(commit, directories).OrderBy(b => b.Path, StringComparer.Ordinal).ToList());
        if (directories.Length == 0)
        {
            listed.Select(b => b.Path).ShouldContain("README.md"); // ls-tree once listed no file here ("--" taken as a path)
        }

        if (directories is ["config/crd/bases/link.yaml"])
        {
            listed.ShouldHaveSingleItem().IsSymbolicLink.ShouldBeTrue();
        }
    }

    [Fact]
    public void Blobs_are_read_by_id_and_a_missing_one_is_a_git_failure()
    {
        using var batch = new ObjectBatch(_git);
        var blob = batch.BlobsAt(batch.Commit("v1.0.0")!, ["config/crd/bases"]).ShouldHaveSingleItem();
        System.Text.Encoding.UTF8.GetString(batch.ReadBlobs([blob.ObjectId])[blob.ObjectId]).ShouldBe("kind: A\n");
        Should.Throw<SlipwayException>(() => batch.ReadBlobs([new string('0', 40)])).Kind.ShouldBe(Errors.GitFailed);
        batch.ReadBlobs([blob.ObjectId]).ShouldHaveSingleItem(); // the process still answers
    }

    [Fact]
    public void Many_requests_at_once_never_fill_the_pipes()
    {
        using var batch = new ObjectBatch(_git);
        var blob = batch.BlobsAt(batch.Commit("HEAD")!, []).First(b => b.Path == "README.md");
        var commit = batch.Commit("HEAD")!;
        var ids = Enumerable.Repeat(blob.ObjectId, 1000).Append(commit).ToList();
        batch.ReadBlobs(ids).Count.ShouldBe(2);
    }

    [Fact]
    public void Outside_a_repository_it_says_so()
    {
        using var outside = new TempDirectory();
        using var batch = new ObjectBatch(new GitRunner(outside.Path));
        Should.Throw<SlipwayException>(() => batch.Commit("HEAD")).Kind.ShouldBe(Errors.NotARepository);
    }
}

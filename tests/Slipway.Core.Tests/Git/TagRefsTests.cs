using Slipway.Core.Git;

namespace Slipway.Core.Tests.Git;

/// <summary>
/// The tag listing read from the repository's files must be what <c>git for-each-ref</c> prints, byte
/// for byte, on real repositories as git leaves them (loose and packed refs, loose and packed objects,
/// work trees); where it cannot be exact it must leave the listing to git, which then answers.
/// </summary>
public sealed class TagRefsTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly GitRepository _repository;

    public TagRefsTests()
    {
        _repository = GitRepository.Init(Path.Combine(_directory.Path, "repo"));
        _repository.Write("VERSION", "0.1.0\n").Commit("first");
        _repository.Git("tag", "v0.1.0");
        _repository.Git("tag", "-a", "-m", "Release v0.2.0", "v0.2.0");
        _repository.Write("VERSION", "0.3.0\n").Commit("second");
        _repository.Git("tag", "-a", "-m", "Release v0.3.0", "v0.3.0");
        _repository.Git("tag", "-a", "-m", "Release 1", "release/one");
        _repository.Git("tag", "tree-tag", "HEAD^{tree}");
    }

    public void Dispose() => _directory.Dispose();

    private string GitsListing(string? directory = null) =>
        new GitRunner(directory ?? _repository.Path).Check("for-each-ref", GitReader.TagListingFormat, "refs/tags");

    [Fact]
    public void Loose_refs_and_loose_objects_are_read_as_git_lists_them()
    {
        TagRefs.TryList(_repository.Path).ShouldBe(GitsListing());
        GitsListing().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(5);
    }

    [Fact]
    public void Packed_refs_and_packed_objects_are_read_as_git_lists_them()
    {
        _repository.Git("gc", "-q");
        File.Exists(_repository.File(".git/packed-refs")).ShouldBeTrue();

        TagRefs.TryList(_repository.Path).ShouldBe(GitsListing());
    }

    [Fact]
    public void Loose_refs_to_packed_objects_are_read_as_git_lists_them()
    {
        // As after a fetch or git fast-import: the refs stay loose files, their objects are in a pack.
        _repository.Git("repack", "-a", "-d", "-q");
        _repository.Git("prune-packed");
        Directory.EnumerateFiles(_repository.File(".git/objects"), "*", SearchOption.AllDirectories).Any(f => !f.Contains("pack", StringComparison.Ordinal) && !f.Contains("info", StringComparison.Ordinal)).ShouldBeFalse();

        TagRefs.TryList(_repository.Path).ShouldBe(GitsListing());
    }

    [Fact]
    public void A_loose_ref_wins_over_its_packed_copy()
    {
        _repository.Git("pack-refs", "--all");
        _repository.Git("tag", "-f", "v0.1.0", "HEAD");

        TagRefs.TryList(_repository.Path).ShouldBe(GitsListing());
    }

    [Fact]
    public void A_work_tree_lists_the_tags_of_its_repository()
    {
        var tree = Path.Combine(_directory.Path, "tree");
        _repository.Git("worktree", "add", "-q", "-b", "side", tree);
        Directory.CreateDirectory(Path.Combine(tree, "sub"));

        TagRefs.TryList(Path.Combine(tree, "sub")).ShouldBe(GitsListing(tree));
    }

    [Fact]
    public void A_tag_of_a_tag_is_left_to_git()
    {
        _repository.Git("tag", "-a", "-m", "Outer", "outer", "v0.3.0");

        TagRefs.TryList(_repository.Path).ShouldBeNull();
        new GitReader(new GitRunner(_repository.Path)).TagListing().ShouldBe(GitsListing());
    }

    [Fact]
    public void A_symbolic_ref_among_the_tags_is_left_to_git()
    {
        _repository.Git("symbolic-ref", "refs/tags/latest", "refs/tags/v0.3.0");

        TagRefs.TryList(_repository.Path).ShouldBeNull();
        new GitReader(new GitRunner(_repository.Path)).TagListing().ShouldBe(GitsListing());
    }

    [Fact]
    public void A_tag_named_like_a_branch_is_left_to_git_which_names_it_otherwise()
    {
        _repository.Git("branch", "v0.3.0");

        TagRefs.TryList(_repository.Path).ShouldBeNull();
        var listing = new GitReader(new GitRunner(_repository.Path)).TagListing();
        listing.ShouldBe(GitsListing());
        listing.ShouldContain("tags/v0.3.0\0");
    }

    [Fact]
    public void A_repository_with_an_extension_is_left_to_git()
    {
        _repository.Git("config", "core.repositoryformatversion", "1");
        _repository.Git("config", "extensions.worktreeConfig", "true");

        TagRefs.TryList(_repository.Path).ShouldBeNull();
        new GitReader(new GitRunner(_repository.Path)).TagListing().ShouldBe(GitsListing());
    }

    [Fact]
    public void A_ref_to_an_object_that_is_not_there_is_left_to_git()
    {
        File.WriteAllText(_repository.File(".git/refs/tags/v9.9.9"), new string('1', 40) + "\n");

        TagRefs.TryList(_repository.Path).ShouldBeNull();
    }

    [Fact]
    public void Outside_any_repository_there_is_nothing_to_read()
    {
        var outside = Path.Combine(_directory.Path, "outside");
        Directory.CreateDirectory(outside);

        TagRefs.TryList(outside).ShouldBeNull();
    }

    [Fact]
    public void A_repository_without_tags_lists_none()
    {
        var empty = GitRepository.Init(Path.Combine(_directory.Path, "empty"));
        empty.Write("a", "a\n").Commit("only");

        TagRefs.TryList(empty.Path).ShouldBe(string.Empty);
        GitsListing(empty.Path).ShouldBe(string.Empty);
    }
}

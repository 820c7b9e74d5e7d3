using Slipway.Core.Diagnostics;
using Slipway.Core.Files;

namespace Slipway.Core.Tests.Files;

public sealed class WorkTreeTests : IDisposable
{
    private readonly TempDirectory _outer = new();

    public WorkTreeTests()
    {
        Directory.CreateDirectory(Repo(".git"));
        _outer.Write("outside/V", "1");
        _outer.Write("repo/inside/V", "1");
    }

    public void Dispose() => _outer.Dispose();

    private string Repo(string relative = "") => Path.Combine(_outer.Path, "repo", relative);

    private WorkTree Tree => WorkTree.Containing(Repo());

    [Fact]
    public void A_path_inside_the_work_tree_is_its_own_real_path()
    {
        Tree.Require(Repo(), "inside/V").ShouldBe(Repo("inside/V"));
        Tree.Require(Repo("inside"), "../new/file.md").ShouldBe(Repo("new/file.md"));
    }

    [Fact]
    public void A_link_inside_is_followed_to_its_target()
    {
        Directory.CreateSymbolicLink(Repo("linkdir"), "inside");
        File.CreateSymbolicLink(Repo("inside/link"), "../inside/V");

        Tree.Require(Repo(), "linkdir/link").ShouldBe(Repo("inside/V"));
        Tree.Require(Repo(), "linkdir/../inside/V").ShouldBe(Repo("inside/V"));
    }

    [Theory]
    [InlineData("../outside/V")]
    [InlineData("/etc/passwd")]
    public void A_path_outside_is_refused_even_without_a_link(string path) =>
        Tree.Check(Repo(), path).Kind.ShouldBe(Errors.RealPathOutsideWorkTree);

    [Fact]
    public void Dot_dot_after_a_link_climbs_from_the_link_target_as_the_kernel_does()
    {
        // deep -> ../outside/deeper: "deep/.." is outside/, not the repository.
        Directory.CreateDirectory(Path.Combine(_outer.Path, "outside/deeper"));
        Directory.CreateSymbolicLink(Repo("deep"), "../outside/deeper");

        var check = Tree.Check(Repo(), "deep/../V");

        check.Kind.ShouldBe(Errors.RealPathOutsideWorkTree);
        check.Real.ShouldBe(Path.Combine(_outer.Path, "outside/V"));
        check.Refusal!.ShouldContain("(through a symbolic link)");
    }

    [Theory]
    [InlineData(".git/HEAD")]
    [InlineData("sub/.git/config")]
    [InlineData(".GIT/HEAD")]
    public void A_path_into_a_git_directory_is_refused(string path) =>
        Tree.Check(Repo(), path).Kind.ShouldBe(Errors.RealPathInsideGitDirectory);

    [Fact]
    public void A_cycle_of_links_is_refused_not_followed_for_ever()
    {
        File.CreateSymbolicLink(Repo("a"), "b");
        File.CreateSymbolicLink(Repo("b"), "a");

        Tree.Check(Repo(), "a").Refusal!.ShouldContain("too many levels of symbolic links");
    }
}

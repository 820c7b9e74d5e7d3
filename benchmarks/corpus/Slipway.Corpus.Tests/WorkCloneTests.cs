using Slipway.Core.Git;

namespace Slipway.Corpus.Tests;

/// <summary>The replay's clone, on a snapshot made here with real git: one that lacks a file's content, as fetched snapshots may.</summary>
public sealed class WorkCloneTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("corpus-clone-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void A_file_whose_content_the_snapshot_lacks_is_left_out_of_the_checkout_and_the_rest_is_there()
    {
        var work = Path.Combine(_root.FullName, "work");
        var mirror = Path.Combine(_root.FullName, "mirror");
        Directory.CreateDirectory(Path.Combine(work, "img"));
        File.WriteAllText(Path.Combine(work, "Cargo.toml"), "[package]\nversion = \"1.2.3\"\n");
        File.WriteAllText(Path.Combine(work, "img", "anim.gif"), "GIF89a, too large for the snapshot");
        var git = new GitRunner(work);
        git.Check("init", "--quiet", "-b", "main");
        git.Check("add", "-A");
        git.Check("-c", "user.name=Ann", "-c", "user.email=ann@example.com", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", "release 1.2.3");
        git.Check("tag", "v1.2.3");
        var blob = git.Check("rev-parse", "HEAD:img/anim.gif").Trim();
        // Pushed objects are stored loose (fewer than transfer.unpackLimit): one file per object.
        new GitRunner(_root.FullName).Check("init", "--quiet", "--bare", mirror);
        git.Check("push", "--quiet", mirror, "main", "v1.2.3");
        File.Delete(Path.Combine(mirror, "objects", blob[..2], blob[2..]));

        var clone = WorkClone.Open(mirror, Path.Combine(_root.FullName, "clones", "tool"), "slipway");
        clone.Checkout("v1.2.3");

        File.ReadAllText(Path.Combine(clone.Path, "Cargo.toml")).ShouldContain("1.2.3");
        File.Exists(Path.Combine(clone.Path, "img", "anim.gif")).ShouldBeFalse();
    }

    [Fact]
    public void Gits_complaint_names_the_files_it_could_not_read() =>
        WorkClone.AbsentFiles("error: unable to read sha1 file of website/static/img/anim.gif (f19639bddaa98fb149d45785d9c37a9f9dfcbcc2)\nerror: invalid object 100644 f19639bd for 'website/static/img/anim.gif'\n")
            .ShouldBe(["website/static/img/anim.gif"]);
}

using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests.SafeWrites;

/// <summary>
/// Issue 9, item 8: every path Slipway writes (and every reference it reads) through a symbolic link,
/// to a file and to a directory, pointing inside the work tree, outside it, and into .git. Inside,
/// the target is read and written and the link stays a link; outside and into .git, nothing is
/// written anywhere and the command says why (SW301 for a reference, SW321 and SW322 for a write).
/// </summary>
public sealed class SymlinkTests : IDisposable
{
    private readonly TestRepository _repo = TestRepository.Create();
    private readonly TestRepository _outside = TestRepository.CreateEmpty();
    private readonly List<string> _links = [];

    public void Dispose()
    {
        _repo.Dispose();
        _outside.Dispose();
    }

    public static TheoryData<string, string> Cases() => new()
    {
        { "file", "inside" }, { "file", "outside" }, { "file", "git" },
        { "directory", "inside" }, { "directory", "outside" }, { "directory", "git" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_reference_through_a_link(string kind, string where)
    {
        var path = kind == "file" ? "link.txt" : "linkdir/V.txt";
        var target = Link(kind == "file" ? "link.txt" : "linkdir", where, kind, "V.txt", "version = 1.0.0\n");
        Commit($"name: links\nversions:\n  - file: {path}\n    regex: 'version = (?<version>\\S+)'\n");

        var bump = Tool.Run(_repo.Path, "bump", "2.0.0");

        if (where == "inside")
        {
            bump.ShouldSucceed();
            File.ReadAllText(target).ShouldBe("version = 2.0.0\n");
        }
        else
        {
            bump.ShouldExit(3).Error.ShouldContain("[SW301]");
            bump.Error.ShouldContain($"{path} leads to");
            File.ReadAllText(target).ShouldBe("version = 1.0.0\n");
        }

        LinksAreStillLinks();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_notes_file_through_a_link(string kind, string where)
    {
        var target = Link(kind == "file" ? "changelogs/CHANGELOG-v1.0.0.md" : "changelogs", where, kind, "CHANGELOG-v1.0.0.md", "old notes\n");
        Commit("name: links\nversions:\n  - file: VERSION\n    whole: true\nnotes:\n  file: changelogs/CHANGELOG-v{version}.md\n", ("VERSION", "1.0.0\n"));

        var notes = Tool.Run(_repo.Path, "notes", "--write");

        ExpectWrite(notes, where, target, "old notes\n");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_notes_output_inside_the_work_tree_through_a_link(string kind, string where)
    {
        var target = Link(kind == "file" ? "NOTES.md" : "notesdir", where, kind, "NOTES.md", "old notes\n");
        Commit("name: links\nversions:\n  - file: VERSION\n    whole: true\n", ("VERSION", "1.0.0\n"));

        var notes = Tool.Run(_repo.Path, "notes", "--output", kind == "file" ? "NOTES.md" : "notesdir/NOTES.md");

        ExpectWrite(notes, where, target, "old notes\n");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Init_through_a_link(string kind, string where)
    {
        var target = Link(kind == "file" ? "slipway.yaml" : "config", where, kind, "slipway.yaml", "old: config\n");
        Commit(null, ("VERSION", "1.0.0\n"));

        var init = Tool.Run(_repo.Path, "init", "--force", "--config", kind == "file" ? "slipway.yaml" : "config/slipway.yaml");

        ExpectWrite(init, where, target, "old: config\n");
    }

    [Fact]
    public void Init_does_not_read_a_tracked_link_out_of_the_work_tree()
    {
        Link("VERSION", "outside", "file", "VERSION", "6.6.6\n");
        Commit(null, ("Makefile", "VERSION ?= 1.0.0\n"));

        var init = Tool.Run(_repo.Path, "init", "--stdout").ShouldSucceed();

        init.Out.ShouldContain("Makefile");
        init.Out.ShouldNotContain("6.6.6");
    }

    public static TheoryData<string, string> ReleaseCases() => new()
    {
        { "copies.from", "inside" }, { "copies.from", "outside" }, { "copies.from", "git" },
        { "copies.to", "inside" }, { "copies.to", "outside" }, { "copies.to", "git" },
        { "a file in copies.from", "inside" }, { "a file in copies.from", "outside" }, { "a file in copies.from", "git" },
        { "notes.file", "inside" }, { "notes.file", "outside" }, { "notes.file", "git" },
    };

    [Theory]
    [MemberData(nameof(ReleaseCases))]
    public void A_release_copying_and_writing_notes_through_a_link(string end, string where)
    {
        string target;
        switch (end)
        {
            case "copies.from":
                target = Link("cfg/v1.0.0", where, "directory", "app.yaml", "image: app:v1.0.0\n");
                break;
            case "a file in copies.from":
                _repo.Write("cfg/v1.0.0/app.yaml", "image: app:v1.0.0\n");
                target = Link("cfg/v1.0.0/linked.yaml", where, "file", "linked.yaml", "image: other:v1.0.0\n");
                break;
            default:
                _repo.Write("cfg/v1.0.0/app.yaml", "image: app:v1.0.0\n");
                target = Link(end == "copies.to" ? "out" : "changelogs", where, "directory", "marker", "not ours\n");
                break;
        }

        Commit("name: links\nversions:\n  - file: VERSION\n    whole: true\ncopies:\n  - from: cfg/v{previous}\n    to: out/v{version}\nnotes:\n  file: changelogs/CHANGELOG-v{version}.md\n", ("VERSION", "1.0.0\n"));
        _repo.Git("tag", "-a", "v1.0.0", "-m", "v1.0.0");
        _repo.Write("CHANGES", "a change to release\n");
        _repo.Commit("fix: a change to release");
        using var origin = RemoteRepository.For(_repo);
        var before = File.ReadAllText(target);

        var release = Tool.Run(_repo.Path, "release", "1.1.0", "--yes");

        if (where == "inside")
        {
            release.ShouldSucceed().Out.ShouldContain("Waiting at pull-request");
            // Through out -> real, the copy is written where the link leads, and committed there.
            origin.Show("release/v1.1.0", end == "copies.to" ? "real/v1.1.0/app.yaml" : "out/v1.1.0/app.yaml").ShouldBe("image: app:v1.1.0\n");
        }
        else
        {
            release.ShouldExit(3).Error.ShouldContain(where == "outside" ? "[SW321]" : "[SW322]");
            File.ReadAllText(target).ShouldBe(before);
            Directory.EnumerateFiles(Path.GetDirectoryName(target)!).ShouldBe([target]);
        }

        LinksAreStillLinks();
    }

    /// <summary>Makes <paramref name="name"/> a link to a file or a directory inside, outside or in .git; returns the file a write through it reaches.</summary>
    private string Link(string name, string where, string kind, string fileName, string content)
    {
        var directory = where switch
        {
            "inside" => _repo.File("real"),
            "outside" => _outside.Path,
            _ => _repo.File(".git/linked"),
        };
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, fileName);
        File.WriteAllText(file, content);
        Directory.CreateDirectory(Path.GetDirectoryName(_repo.File(name))!);
        _links.Add(_repo.File(name));
        if (kind == "file")
        {
            File.CreateSymbolicLink(_repo.File(name), file);
        }
        else
        {
            Directory.CreateSymbolicLink(_repo.File(name), directory);
        }

        return file;
    }

    private void Commit(string? config, params (string Path, string Text)[] files)
    {
        if (config is not null)
        {
            _repo.Write("slipway.yaml", config);
        }

        foreach (var (path, text) in files)
        {
            _repo.Write(path, text);
        }

        _repo.Commit("files and links");
    }

    private void ExpectWrite(CliResult result, string where, string target, string before)
    {
        if (where == "inside")
        {
            result.ShouldSucceed();
            File.ReadAllText(target).ShouldNotBe(before);
        }
        else
        {
            result.ShouldExit(3).Error.ShouldContain(where == "outside" ? "[SW321]" : "[SW322]");
            result.Error.ShouldContain("nothing was written");
            File.ReadAllText(target).ShouldBe(before);
            Directory.EnumerateFiles(Path.GetDirectoryName(target)!).ShouldBe([target]);
        }

        LinksAreStillLinks();
        _repo.Git("status", "--porcelain", "--untracked-files=all").ShouldNotContain(".slipway-new");
    }

    private void LinksAreStillLinks() => _links.ShouldAllBe(link => new FileInfo(link).LinkTarget != null);
}

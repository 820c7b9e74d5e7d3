using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Tests.Configuration;

/// <summary>
/// Every kind of path slipway.yaml names stays inside the work tree and out of .git/: '..', an
/// absolute path and a path into .git/ are refused at load, at the path's line and column, for each
/// kind; a template whose run-time values make it leave is refused before anything is written.
/// (Symbolic links are resolved where files are written, and tested there.)
/// </summary>
public sealed class ContainmentTests
{
    // Each kind of path, as a configuration with the path at P; its line and column, and its key.
    private static readonly (string Kind, string Text, int Line, int Column, string Key)[] Kinds =
    [
        ("versions file", "versions:\n  - file: P\n    make: V\n", 2, 11, "versions[0].file"),
        ("versions files glob", "versions:\n  - files: P\n    make: V\n", 2, 12, "versions[0].files"),
        ("pins file", "versions:\n  - file: M\n    make: V\npins:\n  - file: P\n    make: IMG\n    release: v{version}\n    after: latest\n", 5, 11, "pins[0].file"),
        ("pins files glob", "versions:\n  - file: M\n    make: V\npins:\n  - files: P\n    make: IMG\n    release: v{version}\n    after: latest\n", 5, 12, "pins[0].files"),
        ("copies from", "versions:\n  - file: M\n    make: V\ncopies:\n  - from: P\n    to: c/v{version}\n", 5, 11, "copies[0].from"),
        ("copies to", "versions:\n  - file: M\n    make: V\ncopies:\n  - from: c/v{previous}\n    to: P\n", 6, 9, "copies[0].to"),
        ("notes file", "versions:\n  - file: M\n    make: V\nnotes:\n  file: P\n", 5, 9, "notes.file"),
        ("notes template", "versions:\n  - file: M\n    make: V\nnotes:\n  template: P\n", 5, 13, "notes.template"),
        ("notes highlights", "versions:\n  - file: M\n    make: V\nnotes:\n  highlights: P\n", 5, 15, "notes.highlights"),
    ];

    private static readonly (string Path, string Problem, string Shown)[] Escapes =
    [
        ("../escaped-v1", "'..' leaves the directory of slipway.yaml", "'../escaped-v1'"),
        ("docs/../../escaped", "'..' leaves the directory of slipway.yaml", "'docs/../../escaped'"),
        ("/etc/passwd", "it is an absolute path", "'/etc/passwd'"),
        (".git/HEAD", "it is inside .git/, which belongs to git", "'.git/HEAD'"),
        ("sub/.Git/config", "it is inside .git/, which belongs to git", "'sub/.Git/config'"),
        ("'.git'", "it is inside .git/, which belongs to git", "'.git'"),
        ("''", "it names no file", "''"),
        ("./", "it names no file", "'./'"),
    ];

    public static TheoryData<string, string, int, int, string, string, string, string> Matrix
    {
        get
        {
            var data = new TheoryData<string, string, int, int, string, string, string, string>();
            foreach (var kind in Kinds)
            {
                foreach (var escape in Escapes)
                {
                    data.Add(kind.Kind, kind.Text, kind.Line, kind.Column, kind.Key, escape.Path, escape.Problem, escape.Shown);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Each_path_kind_refuses_each_way_out_at_load(string kind, string text, int line, int column, string key, string path, string problem, string shown)
    {
        _ = kind;
        var error = Should.Throw<SlipwayException>(() => ConfigLoader.Parse(text.Replace("P", path, StringComparison.Ordinal), "/repo/slipway.yaml", "slipway.yaml"));
        error.Details.ShouldContain($"slipway.yaml:{line}:{column}: {key} must be a path inside the repository, relative to slipway.yaml and outside .git/, found {shown}: {problem}");
    }

    [Theory]
    [InlineData("copies:\n  - from: c/v{previous}\n    to: ../escaped-v{version}\n", "slipway.yaml:6:9: copies[0].to must be a path inside the repository, relative to slipway.yaml and outside .git/, found '../escaped-v{version}': for version 1.2.3 it is '../escaped-v1.2.3': '..' leaves the directory of slipway.yaml")]
    [InlineData("notes:\n  file: '/tmp/notes-{version}.md'\n", "slipway.yaml:5:9: notes.file must be a path inside the repository, relative to slipway.yaml and outside .git/, found '/tmp/notes-{version}.md': for version 1.2.3 it is '/tmp/notes-1.2.3.md': it is an absolute path")]
    [InlineData("notes:\n  highlights: '{?prerelease:.git/}h.md'\n", "slipway.yaml:5:15: notes.highlights must be a path inside the repository, relative to slipway.yaml and outside .git/, found '{?prerelease:.git/}h.md': for version 2.0.0-rc.1+build.5 it is '.git/h.md': it is inside .git/, which belongs to git")]
    public void A_template_is_checked_for_sample_releases_at_load(string section, string expected) =>
        Should.Throw<SlipwayException>(() => ConfigLoader.Parse("versions:\n  - file: M\n    make: V\n" + section, "/repo/slipway.yaml", "slipway.yaml"))
            .Details.ShouldBe([expected]);

    [Theory]
    [InlineData("changelogs/CHANGELOG-v1.2.3.md")]
    [InlineData("./examples/config/v1.2.3")]
    [InlineData("a/./b..c/.github/x")]
    public void Paths_inside_the_tree_are_resolved_below_the_root(string path) =>
        ConfiguredPath.Resolve("/repo", path, "notes.file").ShouldStartWith("/repo/");

    [Theory]
    [InlineData("/notes.md", "it is an absolute path")]
    [InlineData("../notes.md", "'..' leaves the directory of slipway.yaml")]
    [InlineData(".git/notes.md", "it is inside .git/, which belongs to git")]
    public void A_rendered_path_that_leaves_is_refused_at_run_time_by_its_key(string path, string problem)
    {
        var error = Should.Throw<SlipwayException>(() => ConfiguredPath.Resolve("/repo", path, "copies[1].to"));
        error.Kind.ShouldBe(Errors.PathOutsideWorkTree);
        error.Kind.Exit.ShouldBe(ExitCode.Usage);
        error.Message.ShouldBe($"copies[1].to is '{path}' for this release: {problem}; nothing was written");
    }
}

using System.IO.Compression;
using Slipway.Core.Diagnostics;
using Slipway.Core.Git;
using Slipway.Core.Workspace.Go;

namespace Slipway.Core.Tests.Workspace.Go;

/// <summary>
/// The go.sum lines Slipway computes from an upstream's git objects are the ones Go itself records:
/// `go mod download` fetches the same tags (offline, from the local repository) and makes the module
/// zip by its own rules. The trees are made odd on purpose: every rule of Go's module zip shows.
/// </summary>
public sealed class GoModuleHashTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void An_odd_tree_hashes_as_go_hashes_it_at_the_root_in_a_subdirectory_and_in_a_major_version_directory()
    {
        var go = GoToolchain.InOrSkip(Path.Combine(_directory.Path, "go"));
        var upstream = OddTree(Path.Combine(_directory.Path, "up"));
        upstream.Git("tag", "v1.2.3");
        upstream.Git("tag", "sub/v1.2.3");
        upstream.Git("tag", "v2.0.0");
        go.Serve("up", upstream.Path);
        var git = new GitRunner(upstream.Path);

        foreach (var (path, version) in new[] { ("example.com/up.git", "v1.2.3"), ("example.com/up.git/sub", "v1.2.3"), ("example.com/up.git/v2", "v2.0.0") })
        {
            var ours = GoModuleHasher.HashAtTag(git, new GoModuleVersion(path, version));
            var theirs = go.Download(path, version);
            theirs.Error.ShouldBeNull();
            (ours.Hash, ours.GoModHash).ShouldBe((theirs.Sum!, theirs.GoModSum!), $"{path}@{version}");
            string.Join('\n', ours.Files.Order(StringComparer.Ordinal)).ShouldBe(string.Join('\n', ZipFiles(theirs.Zip!, $"{path}@{version}/")), $"{path}@{version}");
        }

        var root = GoModuleHasher.HashAtTag(git, new GoModuleVersion("example.com/up.git", "v1.2.3"));
        root.Tag.ShouldBe("v1.2.3");
        root.GoVersion.ShouldBe("1.19");
        root.Omitted.Select(o => $"{o.Path}: {o.Reason}").Order(StringComparer.Ordinal).ShouldBe([
            ".hg_archival.txt: file is inserted by 'hg archive' and is always omitted",
            "link.go: file is a symbolic link",
            "linkdir: file is a symbolic link",
            "nested/go.mod: file is in another module",
            "nested/n.go: file is in another module",
            "pkg/vendor/keep.go: file is in vendor directory",
            "sub/go.mod: file is in another module",
            "sub/s.go: file is in another module",
            "v2/go.mod: file is in another module",
            "v2/v.go: file is in another module",
            "vendor/example.com/x/x.go: file is in vendor directory",
            "weird/GO.MOD: file is in another module",
            "weird/w.go: file is in another module",
        ]);
        var sub = GoModuleHasher.HashAtTag(git, new GoModuleVersion("example.com/up.git/sub", "v1.2.3"));
        (sub.Tag, sub.Location.Directory).ShouldBe(("sub/v1.2.3", "sub"));
        sub.Files.ShouldContain("LICENSE");
        GoModuleHasher.HashAtTag(git, new GoModuleVersion("example.com/up.git/v2", "v2.0.0")).Location.ShouldBe(new GoModuleLocation("v2", string.Empty));
    }

    [Fact]
    public void A_plan_made_from_the_release_commit_before_the_tag_exists_holds_once_it_is_tagged()
    {
        var upstream = OddTree(Path.Combine(_directory.Path, "up"));
        var git = new GitRunner(upstream.Path);
        var module = new GoModuleVersion("example.com/up.git", "v1.2.3");
        var planned = GoModuleHasher.HashAtCommit(git, module, "HEAD");

        var error = Should.Throw<SlipwayException>(() => GoModuleHasher.HashAtTag(git, module));
        error.Kind.ShouldBe(Errors.GoModuleNotTagged);
        error.Message.ShouldBe($"{upstream.Path} has no tag for example.com/up.git v1.2.3");

        upstream.Git("tag", "-a", "-m", "release", "v1.2.3");
        var tagged = GoModuleHasher.HashAtTag(git, module);
        (tagged.Hash, tagged.GoModHash, tagged.Commit).ShouldBe((planned.Hash, planned.GoModHash, planned.Commit));
    }

    [Fact]
    public void A_tag_whose_tree_does_not_hold_the_module_where_go_looks_is_not_its_tag()
    {
        var upstream = GitRepository.Init(Path.Combine(_directory.Path, "up"));
        upstream.Write("go.mod", "module example.com/up.git\n").Write("testdata/copy/go.mod", "module example.com/up.git/sub\n").Commit("init");
        upstream.Git("tag", "sub/v1.0.0");

        var error = Should.Throw<SlipwayException>(() => GoModuleHasher.HashAtTag(new GitRunner(upstream.Path), new GoModuleVersion("example.com/up.git/sub", "v1.0.0")));
        error.Kind.ShouldBe(Errors.GoModuleNotTagged);
        error.Message.ShouldBe($"{upstream.Path} has no tag for example.com/up.git/sub v1.0.0 (the tags sub/v1.0.0 do not hold its go.mod where Go looks)");
    }

    [Fact]
    public void A_tree_go_refuses_is_refused_with_every_reason_and_go_refuses_it_too()
    {
        var go = GoToolchain.InOrSkip(Path.Combine(_directory.Path, "go"));
        var upstream = GitRepository.Init(Path.Combine(_directory.Path, "up"));
        upstream.Write("go.mod", "module example.com/up.git\n").Write("Case.go", "package up\n").Write("case.go", "package up\n")
            .Write("docs/what?.md", "?\n").Write("vendor/ok.go", "package vendor\n").Commit("init");
        upstream.Git("tag", "v1.0.0");
        go.Serve("up", upstream.Path);

        var error = Should.Throw<SlipwayException>(() => GoModuleHasher.HashAtTag(new GitRunner(upstream.Path), new GoModuleVersion("example.com/up.git", "v1.0.0")));
        error.Kind.ShouldBe(Errors.GoModuleUnhashable);
        error.Details.ShouldBe([
            "case.go: case-insensitive file name collision: \"Case.go\" and \"case.go\"",
            "docs/what?.md: malformed file path \"docs/what?.md\": invalid char '?'",
        ]);
        go.Download("example.com/up.git", "v1.0.0").Error.ShouldNotBeNull();
    }

    [Fact]
    public void A_subdirectory_module_gets_the_root_LICENSE_blob_even_through_a_symlink_and_collides_with_its_own_lowercase_license_as_in_go()
    {
        var go = GoToolchain.InOrSkip(Path.Combine(_directory.Path, "go"));
        var upstream = GitRepository.Init(Path.Combine(_directory.Path, "up"));
        upstream.Write("go.mod", "module example.com/up.git\n").Write("COPYING", "GPL\n")
            .Write("a/go.mod", "module example.com/up.git/a\n").Write("a/a.go", "package a\n")
            .Write("b/go.mod", "module example.com/up.git/b\n").Write("b/license", "mine\n");
        File.CreateSymbolicLink(upstream.File("LICENSE"), "COPYING");
        upstream.Commit("licenses");
        upstream.Git("tag", "a/v1.0.0");
        upstream.Git("tag", "b/v1.0.0");
        go.Serve("up", upstream.Path);
        var git = new GitRunner(upstream.Path);

        var a = GoModuleHasher.HashAtTag(git, new GoModuleVersion("example.com/up.git/a", "v1.0.0"));
        var theirs = go.Download("example.com/up.git/a", "v1.0.0");
        (a.Hash, a.GoModHash).ShouldBe((theirs.Sum!, theirs.GoModSum!));
        a.Files.Order(StringComparer.Ordinal).ShouldBe(["LICENSE", "a.go", "go.mod"]);

        var error = Should.Throw<SlipwayException>(() => GoModuleHasher.HashAtTag(git, new GoModuleVersion("example.com/up.git/b", "v1.0.0")));
        error.Details.ShouldBe(["LICENSE: case-insensitive file name collision: \"license\" and \"LICENSE\""]);
        go.Download("example.com/up.git/b", "v1.0.0").Error.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("example.com/up", "v2.0.0", "a module path without a /v2 suffix has versions v0 or v1, not v2")]
    [InlineData("example.com/up/v2", "v3.0.0", "the path's major version v2 does not match v3")]
    [InlineData("example.com/up", "v1.2.3+build.5", "Go versions carry no build metadata ('+build.5'); Go's canonical form is v1.2.3")]
    [InlineData("example.com/up", "1.2.3", "not a semantic version with its 'v' (v1.2.3)")]
    [InlineData("gopkg.in/yaml.v3", "v2.4.0", "the path's major version v3 does not match v2")]
    public void Refuses_a_version_go_would_not_accept_for_the_path(string path, string version, string problem)
    {
        var error = Should.Throw<SlipwayException>(() => new GoModuleVersion(path, version));
        error.Kind.ShouldBe(Errors.GoModuleUnhashable);
        error.Message.ShouldBe($"{path} {version}: {problem}");
    }

    [Theory]
    [InlineData("example.com/up", "v1.2.3")]
    [InlineData("example.com/up/v2", "v2.0.0-rc.1")]
    [InlineData("example.com/up", "v4.0.0+incompatible")]
    [InlineData("gopkg.in/yaml.v3", "v3.0.1")]
    public void Accepts_what_go_accepts(string path, string version) => new GoModuleVersion(path, version).ZipPrefix.ShouldBe($"{path}@{version}/");

    /// <summary>
    /// A Cargo workspace (bpfman's shape) that is also a Go module at its root, with every construct
    /// the module zip rules treat specially, and two more Go modules inside it.
    /// </summary>
    private static GitRepository OddTree(string path)
    {
        var repository = GitRepository.Init(path);
        repository
            .Write("Cargo.toml", "[workspace]\nmembers = [\"bpfman\"]\n\n[workspace.package]\nversion = \"1.2.3\"\n")
            .Write("bpfman/Cargo.toml", "[package]\nname = \"bpfman\"\nversion.workspace = true\n")
            .Write("bpfman/src/lib.rs", "pub fn version() -> &'static str { env!(\"CARGO_PKG_VERSION\") }\n")
            .Write("go.mod", "module example.com/up.git\n\ngo 1.19\n")
            .Write("up.go", "package up\n\nconst Name = \"up\"\n")
            .Write("LICENSE", "Apache-2.0\n")
            .Write("dir with space/a b.go", "package space\n")
            .Write("ünïcödé/é.go", "package unicode\n")
            .Write(".gitattributes", "*.crlf text eol=crlf\nignored.txt export-ignore\nsubst.txt export-subst\nident.txt ident\n")
            .Write("text.crlf", "one\ntwo\n")
            .Write("ignored.txt", "export-ignore is off for Go\n")
            .Write("subst.txt", "$Format:%H$\n")
            .Write("ident.txt", "$Id$\n")
            .Write("empty.txt", string.Empty)
            .Write("script.sh", "#!/bin/sh\n")
            .Write(".hg_archival.txt", "repo: x\n")
            .Write("nested/go.mod", "module example.com/up.git/nested\n")
            .Write("nested/n.go", "package nested\n")
            .Write("weird/GO.MOD", "module example.com/up.git/weird\n")
            .Write("weird/w.go", "package weird\n")
            .Write("vendor/modules.txt", "# example.com/x v1.0.0\n")
            .Write("vendor/example.com/x/x.go", "package x\n")
            .Write("pkg/vendor/keep.go", "package vendor\n")
            .Write("pkg/p.go", "package pkg\n")
            .Write("sub/go.mod", "module example.com/up.git/sub\n\ngo 1.18\n")
            .Write("sub/s.go", "package sub\n")
            .Write("v2/go.mod", "module example.com/up.git/v2\n")
            .Write("v2/v.go", "package v2\n");
        File.CreateSymbolicLink(repository.File("link.go"), "up.go");
        File.CreateSymbolicLink(repository.File("linkdir"), "pkg");
        repository.Git("add", "-A");
        repository.Git("update-index", "--chmod=+x", "script.sh");

        // A submodule: git archive gives it as an empty directory, which Go leaves out.
        repository.Git("update-index", "--add", "--cacheinfo", "160000,1234567890123456789012345678901234567890,third_party/lib");
        repository.Commit("an odd tree");
        return repository;
    }

    private static List<string> ZipFiles(string zip, string prefix)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.Select(e => e.FullName[prefix.Length..]).Order(StringComparer.Ordinal).ToList();
    }
}

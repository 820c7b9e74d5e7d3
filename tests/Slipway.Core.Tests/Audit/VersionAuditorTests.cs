using Slipway.Core.Audit;
using Slipway.Core.Configuration;
using Slipway.Core.References;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Audit;

public sealed class VersionAuditorTests
{
    [Theory]
    [InlineData("version 0.4.2 is out", true)]
    [InlineData("image: quay.io/x:v0.4.2", true)]
    [InlineData("bpfman-0.4.2.tar.gz", true)]
    [InlineData("listen on 10.0.4.2:80", false)]
    [InlineData("0.4.2.0", false)]
    [InlineData("0.4.21", false)]
    [InlineData("10.4.2", false)]
    [InlineData("0.4.2-rc1", false)]
    [InlineData("v0.4.2+build", false)]
    [InlineData("(0.4.2)", true)]
    [InlineData(" tool  x86_64  0.4.2-1  @commandline", true)] // a Debian/RPM packaging revision: release 0.4.2, packaged once
    [InlineData("tool_0.4.2-12_amd64.deb", true)]
    [InlineData("0.4.2-1.el9", false)] // a rebuild's own version
    [InlineData("0.4.2-1rc", false)]
    public void Matches_whole_version_tokens_only(string text, bool matches) =>
        (new VersionTokenScanner("0.4.2", "v0.4.2").Find(System.Text.Encoding.UTF8.GetBytes(text)).Count > 0).ShouldBe(matches);

    [Fact]
    public void Never_matches_an_address_when_the_version_is_all_zeros() =>
        new VersionTokenScanner("0.0.0", "v0.0.0").Find("addr: 0.0.0.0:8443 and 0.0.0.0"u8).ShouldBeEmpty();

    [Fact]
    public void Reports_a_tag_once_as_the_tag_and_finds_tokens_at_both_ends()
    {
        var scanner = new VersionTokenScanner("1.2.3", "release-1.2.3");
        scanner.Find("1.2.3 release-1.2.3 xrelease-1.2.3 1.2.3"u8).ShouldBe([(0, 5), (6, 13), (29, 5), (35, 5)]);
    }

    [Fact]
    public void Reports_occurrences_no_reference_covers()
    {
        using var dir = new TempDirectory();
        dir.Write("Makefile", "VERSION ?= 0.5.1\n");
        dir.Write("README.md", "Install v0.5.1 with:\n  curl .../0.5.1/install.sh\nListen on 0.0.0.0:8443; 0.5.10 is later.\n");
        dir.Write("docs/old.md", "0.5.1\n");
        File.WriteAllBytes(Path.Combine(dir.Path, "logo.png"), [0x89, 0x50, 0, 0x30, 0x2E, 0x35, 0x2E, 0x31]);
        var config = ConfigLoader.Parse("versions:\n  - { file: Makefile, make: VERSION }\naudit:\n  ignore: ['docs/**']\n", Path.Combine(dir.Path, "slipway.yaml"), "slipway.yaml");
        var scan = ReferenceReader.Read(config);

        var result = VersionAuditor.Run(scan, SemVersion.Parse("0.5.1"), ["Makefile", "README.md", "docs/old.md", "logo.png"]);

        result.Findings.Select(f => $"{f.Path}:{f.Line}:{f.Column} {f.Token}").ShouldBe(["README.md:1:9 v0.5.1", "README.md:2:12 0.5.1"]);
        result.Covered.ShouldBe(1);
        result.FilesSearched.ShouldBe(2);
        result.FilesSkipped.ShouldBe(1);
    }

    [Fact]
    public void Never_flags_what_slipway_writes_for_the_release_nor_lines_an_ignore_rule_names()
    {
        using var dir = new TempDirectory();
        dir.Write("Cargo.toml", "[workspace.package]\nversion = \"0.5.2\"\n");
        dir.Write("changelogs/CHANGELOG-v0.5.2.md", "**Full Changelog**: https://github.com/bpfman/bpfman/compare/v0.5.1...v0.5.2\n");
        dir.Write("examples/config/v0.5.2/go-xdp-counter/kustomization.yaml", "images:\n- newTag: v0.5.2\n");
        dir.Write("bpfman/src/lib.rs", "const XDP: &str = \"quay.io/bpfman/xdp-dispatcher:v0.5.2\";\n");
        dir.Write("Cargo.lock", "[[package]]\nname = \"left-pad\"\nversion = \"0.5.2\"\n\n[[package]]\nname = \"tokio\"\nversion = \"1.43.0\"\n");
        dir.Write("ui/package.json", "{\n  \"dependencies\": {\n    \"left-pad\": \"0.5.2\",\n    \"bpfman-ui\": \"0.5.2\"\n  }\n}\n");
        dir.Write("README.md", "Install 0.5.2.\n");
        var config = ConfigLoader.Parse("""
            versions:
              - file: Cargo.toml
                toml: workspace.package.version
            notes:
              file: changelogs/CHANGELOG-v{version}.md
            copies:
              - from: examples/config/v{previous}
                to: examples/config/v{version}
            pins:
              - file: bpfman/src/lib.rs
                regex: 'xdp-dispatcher:(?<version>[^"]+)"'
                release: v{version}
                after: latest
            audit:
              ignore:
                - path: Cargo.lock
                  line: '^version = "'
                - path: '**/package.json'
                  line: '"left-pad":'
            """, Path.Combine(dir.Path, "slipway.yaml"), "slipway.yaml");
        string[] files = ["Cargo.toml", "changelogs/CHANGELOG-v0.5.2.md", "examples/config/v0.5.2/go-xdp-counter/kustomization.yaml", "bpfman/src/lib.rs", "Cargo.lock", "ui/package.json", "README.md"];

        var result = VersionAuditor.Run(ReferenceReader.Read(config), SemVersion.Parse("0.5.2"), files);

        // The package's own dependency on itself is not the rule's line: it is still found.
        result.Findings.Select(f => $"{f.Path}:{f.Line} {f.Token}").ShouldBe(["README.md:1 0.5.2", "ui/package.json:4 0.5.2"]);
    }

    [Theory]
    [InlineData("    - path: Cargo.lock\n", "slipway.yaml:6:7: audit.ignore[0] needs 'line', a regular expression for the lines to leave out (write a plain path to leave out a whole file)")]
    [InlineData("    - line: 'version = (\"'\n", "slipway.yaml:6:13: audit.ignore[0].line is not a regular expression: Invalid pattern 'version = (\"' at offset 12. Not enough )'s.")]
    [InlineData("    - { path: x, lines: y }\n", "slipway.yaml:6:7: audit.ignore[0] needs 'line', a regular expression for the lines to leave out (write a plain path to leave out a whole file)", "slipway.yaml:6:18: unknown key 'lines' in audit.ignore[0] (did you mean 'line'?); allowed: path, line")]
    public void A_wrong_ignore_rule_is_reported_where_it_is(string rule, params string[] mistakes)
    {
        var error = Should.Throw<Slipway.Core.Diagnostics.SlipwayException>(() =>
            ConfigLoader.Parse("versions:\n  - file: VERSION\n    whole: true\naudit:\n  ignore:\n" + rule, "/repo/slipway.yaml", "slipway.yaml"));
        error.Details.ShouldBe(mistakes);
    }
}

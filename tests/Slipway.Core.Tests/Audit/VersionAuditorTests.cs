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
}

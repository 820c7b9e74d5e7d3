using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Planning;
using Slipway.Core.References;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.References;

public sealed class ReferenceScanTests
{
    private static ReferenceScan Scan(TempDirectory dir, string config) =>
        ReferenceReader.Read(ConfigLoader.Parse(config, Path.Combine(dir.Path, "slipway.yaml"), "slipway.yaml"));

    [Fact]
    public void Agrees_when_every_value_renders_from_one_version()
    {
        using var dir = new TempDirectory();
        dir.Write("Makefile", "VERSION ?= 0.5.0-rc1\n");
        dir.Write("Chart.yaml", "version: 0.5.0-rc1\nappVersion: \"v0.5.0-rc1\"\n");
        dir.Write("docs/install.md", "helm install --version 0.4.1\n");
        var scan = Scan(dir, """
            versions:
              - { file: Makefile, make: VERSION }
              - { file: Chart.yaml, yaml: version }
              - { file: Chart.yaml, yaml: appVersion, value: "v{version}" }
              - { file: docs/install.md, regex: '--version (?<version>\S+)', when: final }
              - { file: docs/missing.md, regex: 'v(?<version>\S+)', optional: true }
            """);
        scan.Consensus.Agrees.ShouldBeTrue();
        scan.Consensus.Version.ShouldBe(SemVersion.Parse("0.5.0-rc1"));
        scan.Consensus.NotApplicable.Single().Path.ShouldBe("docs/install.md");
        var report = ReferenceReport.Build(scan, scan.Consensus.Version);
        report.Rows.Select(r => r.Status).ShouldBe([RowStatus.Ok, RowStatus.Ok, RowStatus.Ok, RowStatus.NotApplicable, RowStatus.Absent]);
    }

    [Theory]
    [InlineData("alpha", "0.31.0-alpha")]
    [InlineData("", "0.31.0")]
    public void A_core_and_a_pre_release_label_kept_apart_agree_on_the_version_they_make(string label, string version)
    {
        // Found by the corpus on kind: versionCore = "0.31.0" beside versionPreRelease = "alpha"
        // between releases; each implies only parts, and the label was taken for a disagreement.
        using var dir = new TempDirectory();
        dir.Write("version.go", $"const versionCore = \"0.31.0\"\n\nconst versionPreRelease = \"{label}\"\n");
        var scan = Scan(dir, """
            versions:
              - { file: version.go, regex: 'versionCore = "(?<version>[^"]*)"', value: '{major}.{minor}.{patch}' }
              - { file: version.go, regex: 'versionPreRelease = "(?<version>[^"]*)"', value: '{prerelease}' }
            """);
        scan.Consensus.Agrees.ShouldBeTrue();
        scan.Consensus.Version.ShouldBe(SemVersion.Parse(version));
    }

    [Fact]
    public void A_label_does_not_outvote_the_references_that_hold_the_whole_version()
    {
        using var dir = new TempDirectory();
        dir.Write("VERSION", "0.31.0\n");
        dir.Write("Makefile", "VERSION ?= 0.31.0\n");
        dir.Write("version.go", "const versionPreRelease = \"alpha\"\n");
        var scan = Scan(dir, """
            versions:
              - { file: VERSION, whole: true }
              - { file: Makefile, make: VERSION }
              - { file: version.go, regex: 'versionPreRelease = "(?<version>[^"]*)"', value: '{prerelease}' }
            """);
        scan.Consensus.Version.ShouldBe(SemVersion.Parse("0.31.0"));
        scan.Consensus.Disagreeing.Single().Path.ShouldBe("version.go");
    }

    [Fact]
    public void Names_the_reference_that_disagrees()
    {
        using var dir = new TempDirectory();
        dir.Write("Makefile", "VERSION ?= 0.5.0\n");
        dir.Write("agents/Makefile", "VERSION ?= 0.4.9\n");
        dir.Write("CLAUDE.md", "- **Version**: v0.5.0\n");
        var scan = Scan(dir, """
            versions:
              - { file: Makefile, make: VERSION }
              - { file: agents/Makefile, make: VERSION }
              - { file: CLAUDE.md, regex: '\*\*Version\*\*: v(?<version>\S+)' }
            """);
        scan.Consensus.Agrees.ShouldBeFalse();
        scan.Consensus.Version.ShouldBe(SemVersion.Parse("0.5.0"));
        scan.Consensus.Disagreeing.Single().Path.ShouldBe("agents/Makefile");
    }

    [Fact]
    public void Reports_missing_files_and_wrong_match_counts_as_problems()
    {
        using var dir = new TempDirectory();
        dir.Write("Makefile", "VERSION ?= 1\nifdef X\nVERSION ?= 2\nendif\n");
        var scan = Scan(dir, """
            versions:
              - { file: Makefile, make: VERSION }
              - { file: nope.yaml, yaml: version }
              - { files: 'charts/*/Chart.yaml', yaml: version }
            """);
        scan.Problems.Select(p => (p.Path, p.Problem)).ShouldBe([
            ("Makefile", "2 matches (lines 1, 3 in the ifdef branch at line 2), expected exactly 1; each branch of a conditional counts: narrow the locator, or set 'count' to the number of places that must change"),
            ("nope.yaml", "file not found"),
            ("charts/*/Chart.yaml", "the glob matches no file"),
        ]);
        var error = Should.Throw<SlipwayException>(() => BumpPlanner.Plan(scan, SemVersion.Parse("1.0.0")));
        error.Kind.ShouldBe(Errors.ReferencesUnreadable);
        error.Details.Count.ShouldBe(3);
    }

    [Fact]
    public void A_glob_applies_its_count_to_each_file()
    {
        using var dir = new TempDirectory();
        dir.Write("examples/a/kustomization.yaml", "# release 0.5.0\nimages:\n- newTag: v0.5.0\n");
        dir.Write("examples/b/c/kustomization.yaml", "# release 0.5.0\n# release 0.5.0\nimages:\n- newTag: v0.5.0\n- newTag: v0.5.0\n");
        var scan = Scan(dir, """
            versions:
              - { files: 'examples/**/kustomization.yaml', yaml: 'images[0].newTag', value: 'v{version}' }
              - { files: 'examples/**/kustomization.yaml', regex: '# release (?<version>.*)', count: any }
            """);
        scan.Problems.ShouldBeEmpty();
        scan.Readings.Select(r => (r.Path, r.Values.Count)).ShouldBe([
            ("examples/a/kustomization.yaml", 1), ("examples/b/c/kustomization.yaml", 1),
            ("examples/a/kustomization.yaml", 1), ("examples/b/c/kustomization.yaml", 2),
        ]);
        var plan = BumpPlanner.Plan(scan, SemVersion.Parse("0.6.0"));
        plan.Edits.Single(e => e.Path.EndsWith("c/kustomization.yaml", StringComparison.Ordinal)).NewText.ShouldBe("# release 0.6.0\n# release 0.6.0\nimages:\n- newTag: v0.6.0\n- newTag: v0.5.0\n");
    }

    [Fact]
    public void Two_references_that_write_different_text_into_one_place_are_refused()
    {
        using var dir = new TempDirectory();
        dir.Write("Chart.yaml", "appVersion: v0.5.0\n");
        var scan = Scan(dir, """
            versions:
              - { file: Chart.yaml, yaml: appVersion, value: 'v{version}' }
              - { file: Chart.yaml, regex: 'appVersion: (?<version>.*)' }
            """);
        Should.Throw<SlipwayException>(() => BumpPlanner.Plan(scan, SemVersion.Parse("0.6.0")))
            .Details.Single().ShouldContain("point at the same text with different values");
    }
}

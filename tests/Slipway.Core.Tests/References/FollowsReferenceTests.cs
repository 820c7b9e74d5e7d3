using Slipway.Core.Configuration;
using Slipway.Core.Planning;
using Slipway.Core.References;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.References;

/// <summary>
/// In a single repository, references that follow an upstream belong to the upstream's version: they
/// are not part of this repository's agreement, a bump leaves them alone, and they must agree with
/// each other (or with the upstream's version when it is known).
/// </summary>
public sealed class FollowsReferenceTests : IDisposable
{
    private const string Config = """
        versions:
          - { file: Makefile, make: VERSION }
          - { file: go.mod, gomod: github.com/bpfman/bpfman, follows: bpfman }
          - { file: Dockerfile, regex: 'ARG BPFMAN_VERSION=(?<version>\S+)', follows: bpfman }
        """;

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Followers_that_agree_with_each_other_are_not_this_repositorys_version()
    {
        var scan = Scan("0.6.0", "v0.5.2", "0.5.2");
        scan.Consensus.Version.ShouldBe(SemVersion.Parse("0.6.0"));
        scan.Consensus.Agrees.ShouldBeTrue();
        scan.Following("bpfman").Version.ShouldBe(SemVersion.Parse("0.5.2"));

        var report = ReferenceReport.Build(scan, SemVersion.Parse("0.6.0"));
        report.AllHoldExpected.ShouldBeTrue();
        report.Rows.Select(r => (r.Status, r.Expected, r.Note)).ShouldBe([
            (RowStatus.Ok, "0.6.0", null),
            (RowStatus.Follows, "v0.5.2", "carries bpfman's version"),
            (RowStatus.Follows, "0.5.2", "carries bpfman's version"),
        ]);
    }

    [Fact]
    public void Followers_that_disagree_fail_verify_and_say_what_the_others_hold()
    {
        var scan = Scan("0.6.0", "v0.5.1", "0.5.2");
        var report = ReferenceReport.Build(scan, SemVersion.Parse("0.6.0"));
        report.AllHoldExpected.ShouldBeFalse();
        report.Failures.Select(r => (r.Path, r.Note)).ShouldBe([("go.mod", "expected v0.5.2: the other references that follow bpfman hold 0.5.2")]);
    }

    [Fact]
    public void Followers_are_checked_against_the_upstreams_version_when_it_is_known()
    {
        var scan = Scan("0.5.2", "v0.5.1", "0.5.1");
        var report = ReferenceReport.Build(scan, SemVersion.Parse("0.5.2"), new Dictionary<string, SemVersion> { ["bpfman"] = SemVersion.Parse("0.5.2") });
        report.Failures.Select(r => (r.Path, r.Expected, r.Note)).ShouldBe([
            ("go.mod", "v0.5.2", "expected v0.5.2, bpfman's version"),
            ("Dockerfile", "0.5.2", "expected 0.5.2, bpfman's version"),
        ]);
    }

    [Fact]
    public void A_bump_leaves_followers_alone_and_says_why()
    {
        var scan = Scan("0.6.0", "v0.5.2", "0.5.2");
        var plan = BumpPlanner.Plan(scan, SemVersion.Parse("0.7.0"));
        plan.Edits.Select(e => e.Path).ShouldBe(["Makefile"]);
        plan.Skipped.Select(s => (s.Path, s.Reason)).ShouldBe([("go.mod", "follows bpfman"), ("Dockerfile", "follows bpfman")]);
    }

    private ReferenceScan Scan(string own, string goMod, string docker)
    {
        _directory.Write("Makefile", $"VERSION ?= {own}\n");
        _directory.Write("go.mod", $"module github.com/bpfman/bpfman-operator\n\nrequire github.com/bpfman/bpfman {goMod}\n");
        _directory.Write("Dockerfile", $"FROM scratch\nARG BPFMAN_VERSION={docker}\n");
        return ReferenceReader.Read(ConfigLoader.Parse(Config, Path.Combine(_directory.Path, "slipway.yaml"), "slipway.yaml"));
    }
}

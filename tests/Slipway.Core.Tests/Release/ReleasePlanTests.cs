using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Release.Journal;
using Slipway.Core.Release.Steps;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Release;

/// <summary>Issue 11, item 10: profiles leave out any step, and manual steps that share a place keep their declared order.</summary>
public sealed class ReleasePlanTests
{
    private const string Versions = "versions:\n  - { file: VERSION, regex: '(?<version>.+)' }\n";

    [Fact]
    public void Manual_steps_after_one_step_run_in_the_order_they_are_declared()
    {
        var config = Load(Versions + """
            steps:
              - { name: first, text: one, after: push-tag }
              - { name: second, text: two, after: push-tag }
              - { name: third, text: three, after: push-tag }
              - { name: inner, text: after first, after: first }
            """);

        var names = ReleasePlan.For(config, Journal("0.2.0", ReleaseKind.Final)).Steps.Select(s => s.Name).ToList();

        names.SkipWhile(n => n != StepNames.PushTag).ShouldBe([StepNames.PushTag, "first", "inner", "second", "third"]);
    }

    [Fact]
    public void A_profile_skips_a_manual_step_and_steps_once_refused()
    {
        // bpfman's RC process leaves out release-yamls; 'cannot be skipped' refused it.
        var config = Load(Versions + """
            steps:
              - { name: release-yamls, text: build the yamls, after: push-tag }
            profiles:
              rc:
                skip: [release-yamls, pull-request, bump]
            """);

        var plan = ReleasePlan.For(config, Journal("0.2.0-rc1", ReleaseKind.PreRelease));

        plan.Skipped.Order().ShouldBe(["bump", "pull-request", "release-yamls"]);
        ReleasePlan.For(config, Journal("0.2.0", ReleaseKind.Final)).Skipped.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("0.2.0", ReleaseKind.Final, true)]
    [InlineData("0.2.0-rc1", ReleaseKind.PreRelease, false)]
    [InlineData("0.1.1", ReleaseKind.Patch, false)]
    public void Only_a_final_release_sets_the_next_development_version(string version, ReleaseKind kind, bool sets)
    {
        var config = Load(Versions + "development: '{next_minor}-dev'\n");

        ReleasePlan.For(config, Journal(version, kind)).Steps.Any(s => s.Name == StepNames.Development).ShouldBe(sets);
    }

    [Fact]
    public void A_profile_that_names_no_step_is_refused_where_it_is_written()
    {
        var error = Should.Throw<SlipwayException>(() => Load(Versions + "profiles:\n  rc:\n    skip: [relase-yamls]\n"));

        error.Details.ShouldHaveSingleItem().ShouldStartWith("slipway.yaml:5:12: profiles.rc.skip: 'relase-yamls' is not a step; steps: preflight, api, branch,");
    }

    private static SlipwayConfig Load(string text) => ConfigLoader.Parse(text, "/repo/slipway.yaml", "slipway.yaml");

    private static ReleaseJournal Journal(string version, ReleaseKind kind) => new()
    {
        Project = "p", Version = SemVersion.Parse(version), Tag = "v" + version, Kind = kind, Base = "main", Branch = "release/v" + version, Remote = "origin",
    };
}

using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Tests.Configuration;

/// <summary>Issue 11, items 9 and 11: the development version and {date} as the loader reads them, and what it refuses, located.</summary>
public sealed class DevelopmentAndDateConfigTests
{
    private const string Versions = "versions:\n  - { file: VERSION, regex: '(?<version>.+)' }\n";

    [Theory]
    [InlineData("development: '{next_minor}-dev'\n", "{next_minor}-dev", null)]
    [InlineData("development:\n  version: '{next_major}-alpha.0'\n  post: push\n", "{next_major}-alpha.0", PostReleaseMode.Push)]
    public void The_development_version_is_a_template_with_how_it_reaches_the_base(string yaml, string template, PostReleaseMode? mode)
    {
        var development = Load(Versions + yaml).Release.Development.ShouldNotBeNull();

        (development.Version.Source, development.Mode).ShouldBe((template, mode));
    }

    [Theory]
    [InlineData("development: 'next-{version}'\n", "slipway.yaml:3:14: development must be a SemVer version, e.g. '{next_minor}-dev', found 'next-{version}': for version 1.2.3 it is 'next-1.2.3': not a SemVer version")]
    [InlineData("development:\n  post: push\n", "slipway.yaml:4:3: development needs 'version', the development version after a release, e.g. '{next_minor}-dev'")]
    [InlineData("development:\n  version: '{next_minor}-dev'\n  post: later\n", "slipway.yaml:5:9: development.post must be 'branch' (a follow-up branch and a checkpoint) or 'push' (straight to the base branch), found 'later'")]
    [InlineData("date-format: ''\n", "slipway.yaml:3:14: date-format must be a .NET date format such as yyyy-MM-dd (the default) or 'MMMM d, yyyy', found ''")]
    [InlineData("tag: 'v{version}-{date}'\n", "slipway.yaml:3:18: tag: unknown placeholder '{date}'; allowed here: {build}, {major}, {minor}, {patch}, {prerelease}, {version}")]
    public void A_mistake_is_refused_where_it_is_written(string yaml, string expected) =>
        Should.Throw<SlipwayException>(() => Load(Versions + yaml)).Details.ShouldBe([expected]);

    [Fact]
    public void The_date_is_the_utc_day_in_the_configured_format()
    {
        var late = new DateTimeOffset(2026, 1, 31, 23, 30, 0, TimeSpan.FromHours(-5)); // already February 1st in UTC

        Load(Versions).DateText(late).ShouldBe("2026-02-01");
        Load(Versions + "date-format: 'MMMM d, yyyy'\n").DateText(late).ShouldBe("February 1, 2026");
    }

    [Fact]
    public void A_reference_may_hold_the_date_and_is_then_dated()
    {
        var config = Load("versions:\n  - { file: AGENTS.md, regex: 'Updated: (?<version>\\S+)', value: '{date}' }\n  - { file: VERSION, regex: '(?<version>.+)' }\n");

        config.Versions.Select(v => v.IsDated).ShouldBe([true, false]);
    }

    private static SlipwayConfig Load(string text) => ConfigLoader.Parse(text, "/repo/slipway.yaml", "slipway.yaml");
}

using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Versioning;

public sealed class VersionBumpTests
{
    [Theory]
    [InlineData("0.5.1", "patch", "0.5.2")]
    [InlineData("0.5.1", "minor", "0.6.0")]
    [InlineData("0.5.1", "major", "1.0.0")]
    [InlineData("1.0.0-rc1", "major", "1.0.0")]
    [InlineData("0.6.0-rc1", "minor", "0.6.0")]
    [InlineData("0.6.1-rc1", "minor", "0.7.0")]
    [InlineData("0.6.1-rc1", "patch", "0.6.1")]
    [InlineData("0.5.0-rc1", "rc", "0.5.0-rc2")]
    [InlineData("0.5.0-rc.9", "rc", "0.5.0-rc.10")]
    [InlineData("0.4.1", "rc", "0.4.2-rc.1")]
    [InlineData("0.5.0-beta.2", "rc", "0.5.0-rc.1")]
    [InlineData("0.5.0-rc2", "release", "0.5.0")]
    public void Computes_the_next_version(string current, string keyword, string next) =>
        VersionBump.Next(SemVersion.Parse(current), keyword, PreReleaseStyle.Default).ShouldBe(SemVersion.Parse(next));

    [Fact]
    public void Starts_a_series_in_the_repository_spelling()
    {
        var style = PreReleaseStyle.Detect(new[] { "0.3.0-rc1", "0.3.0", "0.4.0-rc2", "0.4.0" }.Select(SemVersion.Parse));
        style.ShouldBe(new PreReleaseStyle("rc", Dotted: false));
        VersionBump.Next(SemVersion.Parse("0.4.1"), "rc", style).ShouldBe(SemVersion.Parse("0.4.2-rc1"));
    }

    [Fact]
    public void Refuses_release_of_a_final_version() =>
        Should.Throw<InvalidOperationException>(() => VersionBump.Next(SemVersion.Parse("0.5.0"), "release", PreReleaseStyle.Default))
            .Message.ShouldContain("already a final release");
}

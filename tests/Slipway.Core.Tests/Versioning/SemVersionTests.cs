using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Versioning;

public sealed class SemVersionTests
{
    [Theory]
    [InlineData("0.1.0")]
    [InlineData("1.2.3-rc1")]
    [InlineData("1.2.3-rc.1")]
    [InlineData("1.0.0-alpha+001")]
    [InlineData("1.0.0+20130313144700")]
    [InlineData("1.0.0-x-y-z.--")]
    public void Parses_valid_versions_and_prints_them_back(string text)
    {
        SemVersion.TryParse(text, out var version).ShouldBeTrue();
        version.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("0.4.1.rc1", "0.4.1-rc1")]
    [InlineData("0.4.2git st", "0.4.2")]
    [InlineData("v1.2.3", "1.2.3")]
    [InlineData("1.2", "1.2.0")]
    [InlineData("01.2.3", "1.2.3")]
    [InlineData("1.2.3-rc.01", "1.2.3-rc.1")]
    [InlineData("0.5.0rc1", "0.5.0-rc1")]
    [InlineData("1.2.3.4", "1.2.3-4")]
    public void Refuses_invalid_versions_and_suggests_the_nearest_spelling(string text, string suggestion)
    {
        SemVersion.TryParse(text, out _).ShouldBeFalse();
        VersionSpellingAdvisor.Suggest(text).ShouldBe(suggestion);
        Should.Throw<FormatException>(() => SemVersion.Parse(text)).Message.ShouldContain($"did you mean '{suggestion}'");
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("dev")]
    [InlineData("")]
    public void Gives_no_suggestion_for_words(string text) => VersionSpellingAdvisor.Suggest(text).ShouldBeNull();

    [Fact]
    public void Orders_versions_as_the_specification_example_does()
    {
        // semver.org, section 11.4.4: 1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-alpha.beta < 1.0.0-beta
        // < 1.0.0-beta.2 < 1.0.0-beta.11 < 1.0.0-rc.1 < 1.0.0.
        string[] ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0"];
        var shuffled = ordered.Reverse().Select(SemVersion.Parse).ToList();
        shuffled.Sort();
        shuffled.Select(v => v.ToString()).ShouldBe(ordered);
    }

    [Fact]
    public void Ignores_build_metadata_for_precedence() =>
        SemVersion.Parse("1.0.0+a").CompareTo(SemVersion.Parse("1.0.0+b")).ShouldBe(0);
}

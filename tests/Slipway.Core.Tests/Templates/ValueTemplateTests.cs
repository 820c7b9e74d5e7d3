using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Templates;

public sealed class ValueTemplateTests
{
    [Theory]
    [InlineData("{version}", "0.5.0-rc1", "0.5.0-rc1")]
    [InlineData("v{version}", "0.5.0", "v0.5.0")]
    [InlineData("{major}.{minor}", "0.5.3", "0.5")]
    [InlineData("{major}.{minor}.{patch}{?prerelease:~{prerelease}}", "0.5.0-rc1", "0.5.0~rc1")]
    [InlineData("{major}.{minor}.{patch}{?prerelease:~{prerelease}}", "0.5.0", "0.5.0")]
    [InlineData("Release: {!prerelease:1}{?prerelease:0.{prerelease}}%{{?dist}}", "0.5.0-rc1", "Release: 0.rc1%{?dist}")]
    [InlineData("Release: {!prerelease:1}{?prerelease:0.{prerelease}}%{{?dist}}", "0.5.0", "Release: 1%{?dist}")]
    public void Renders(string template, string version, string expected) =>
        ValueTemplate.ForVersion(template).Render(SemVersion.Parse(version)).ShouldBe(expected);

    [Theory]
    [InlineData("v{version}", "v0.4.1-rc2", "0.4.1-rc2")]
    [InlineData("{major}.{minor}.{patch}{?prerelease:~{prerelease}}", "0.5.0~rc1", "0.5.0-rc1")]
    [InlineData("{major}.{minor}.{patch}{?prerelease:~{prerelease}}", "0.5.0", "0.5.0")]
    [InlineData("{version}", "1.0.0+build.7", "1.0.0+build.7")]
    public void Matches_text_back_to_the_version(string template, string text, string version) =>
        ValueTemplate.ForVersion(template).Match(text)!.Version.ShouldBe(SemVersion.Parse(version));

    [Theory]
    [InlineData("v{version}", "latest")]
    [InlineData("v{version}", "0.4.1")]
    [InlineData("{version}", "0.4.2git st")]
    [InlineData("{version}-{version}", "1.0.0-2.0.0")]
    public void Does_not_match_other_text(string template, string text) =>
        ValueTemplate.ForVersion(template).Match(text).ShouldBeNull();

    [Fact]
    public void Reports_a_partial_version_for_a_template_without_every_part()
    {
        var match = ValueTemplate.ForVersion("{major}.{minor}").Match("0.5")!;
        match.Version.ShouldBeNull();
        match.Description.ShouldBe("0.5.*");
    }

    [Theory]
    [InlineData("{verion}", 0, "unknown placeholder '{verion}'")]
    [InlineData("v{version", 1, "not closed")]
    [InlineData("a}b", 1, "unmatched '}'")]
    [InlineData("{?prerelease:{?build:x}}", 13, "cannot contain another")]
    [InlineData("{?prerelease}", 0, "{?name:text}")]
    [InlineData("{}", 0, "not a placeholder name")]
    public void Refuses_bad_templates_with_the_offset_of_the_problem(string template, int offset, string message)
    {
        var error = Should.Throw<TemplateException>(() => ValueTemplate.ForVersion(template));
        error.Offset.ShouldBe(offset);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Maps_tags_to_versions_and_back()
    {
        var tags = TagTemplate.Parse("v{version}");
        tags.TagFor(SemVersion.Parse("0.4.1-rc2")).ShouldBe("v0.4.1-rc2");
        tags.VersionOf("v0.4.1-rc2").ShouldBe(SemVersion.Parse("0.4.1-rc2"));
        tags.VersionOf("v0.4.1.rc2").ShouldBeNull();
        tags.VersionOf("0.4.1").ShouldBeNull();
        Should.Throw<TemplateException>(() => TagTemplate.Parse("release-{major}"));
    }
}

public sealed class CommandTemplateTests
{
    [Theory]
    [InlineData("test -f x || { echo \"failed: 3\"; exit 2; }", "test -f x || { echo \"failed: 3\"; exit 2; }")]
    [InlineData("go run -ldflags \"-X main.Version={version}\" ./cmd", "go run -ldflags \"-X main.Version=1.2.0-rc.1\" ./cmd")]
    [InlineData("awk '{print $1}' f", "awk '{print $1}' f")]
    [InlineData("echo {?prerelease:candidate {prerelease}}", "echo candidate rc.1")]
    public void Keeps_shell_braces_and_fills_placeholders(string command, string expected) =>
        ValueTemplate.ParseCommand(command, Placeholders.Version).Render(SemVersion.Parse("1.2.0-rc.1")).ShouldBe(expected);

    [Fact]
    public void Still_catches_a_misspelt_placeholder() =>
        Should.Throw<TemplateException>(() => ValueTemplate.ParseCommand("make VERSION={verison}", Placeholders.Version)).Message.ShouldContain("unknown placeholder '{verison}'");
}

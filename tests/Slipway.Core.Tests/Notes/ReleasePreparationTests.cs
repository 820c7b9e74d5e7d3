using Slipway.Core.Configuration;
using Slipway.Core.History;
using Slipway.Core.Notes;

namespace Slipway.Core.Tests.Notes;

/// <summary>The changes that prepared a release are recognised from the configured templates, for any version, and nothing else is.</summary>
public sealed class ReleasePreparationTests
{
    private static ReleasePreparation For(string release = "") =>
        new(ConfigLoader.Parse("versions:\n  - file: VERSION\n    whole: true\n" + release, "/repo/slipway.yaml", "slipway.yaml"));

    [Theory]
    [InlineData("chore: prepare v0.1.7 release", null, true)]
    [InlineData("chore: prepare v0.1.7-rc1 release", null, true)]
    [InlineData("Release v0.1.7", null, true)]
    [InlineData("Release v0.1.7", "kubeopencode/other", true)]
    [InlineData("anything", "release/v0.1.7", true)]
    [InlineData("Release notes", null, false)]
    [InlineData("chore: prepare the release checklist", null, false)]
    [InlineData("docs: describe the release process", "docs/release", false)]
    [InlineData("anything", "release/next", false)]
    public void Recognises_the_default_templates(string title, string? branch, bool prepared) =>
        For().Prepared(title, branch).ShouldBe(prepared);

    [Fact]
    public void Follows_configured_templates_and_not_the_defaults()
    {
        var custom = For("tag: '{version}'\nbranch: 'cut-{major}.{minor}.{patch}'\ncommit:\n  message: |\n    Bump version to {version}\n\n    {changes}\npull-request:\n  title: 'Version {tag}'\n");
        custom.Prepared("Bump version to 2.3.0", null).ShouldBeTrue();
        custom.Prepared("Version 2.3.0", null).ShouldBeTrue();
        custom.Prepared("anything", "cut-2.3.0").ShouldBeTrue();
        custom.Prepared("chore: prepare v2.3.0 release", null).ShouldBeFalse();
        custom.Prepared("anything", "release/v2.3.0").ShouldBeFalse();
    }

    [Fact]
    public void A_template_that_says_nothing_of_its_own_recognises_nothing()
    {
        var vague = For("branch: '{branch}'\ncommit:\n  message: '{changes}'\npull-request:\n  title: '{base}'\n");
        vague.Prepared("feat: add probes", null).ShouldBeFalse();
        vague.Prepared("anything", "feature/probes").ShouldBeFalse();
    }

    [Theory]
    [InlineData("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", true)]
    [InlineData("red-hat-konflux", "126015336+red-hat-konflux[bot]@users.noreply.github.com", true)]
    [InlineData("renovate", "bot@renovateapp.com", true)]
    [InlineData("fossabot", "badges@fossa.io", true)]
    [InlineData("Dave Tucker", "dave@example.com", false)]
    [InlineData("Bot Builder", "builder@example.com", false)]
    public void Bots_are_known_by_name_email_and_configuration(string name, string email, bool bot) =>
        new BotRecognizer(["fossabot"]).IsBot(new Person(name, email)).ShouldBe(bot);
}

using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Tests.Notes;

public sealed class NotesSettingsTests
{
    private static SlipwayConfig Parse(string notes) =>
        ConfigLoader.Parse("versions:\n  - file: VERSION\n    whole: true\nnotes:\n" + notes, "/repo/slipway.yaml", "slipway.yaml");

    [Fact]
    public void Bots_are_a_list_of_names_and_their_changes_and_the_release_preparation_are_kept_or_dropped()
    {
        var defaults = Parse("  style: whats-changed\n").Notes;
        (defaults.Bots.Count, defaults.BotChanges, defaults.ReleaseChanges).ShouldBe((0, ChangeHandling.Keep, ChangeHandling.Drop));

        var notes = Parse("  bots: [fossabot, kubeopencode-dev]\n  bot-changes: drop\n  release-changes: keep\n").Notes;
        notes.Bots.ShouldBe(["fossabot", "kubeopencode-dev"]);
        (notes.BotChanges, notes.ReleaseChanges).ShouldBe((ChangeHandling.Drop, ChangeHandling.Keep));
    }

    [Fact]
    public void Exclusions_are_regular_expressions_on_titles()
    {
        Parse("  style: whats-changed\n").Notes.Exclude.ShouldBeEmpty();

        var exclude = Parse("  exclude:\n    - '^refactor\\(clippy\\)'\n    - '^chore\\(npm\\).*yarn\\.lock'\n").Notes.Exclude;

        exclude.Select(p => p.IsMatch("refactor(clippy): apply the if_not_else lint")).ShouldBe([true, false]);
        exclude.Select(p => p.IsMatch("chore(npm): update yarn.lock")).ShouldBe([false, true]);
        exclude.Any(p => p.IsMatch("refactor(git): read tags once")).ShouldBeFalse();
    }

    [Fact]
    public void Paths_and_exclude_paths_are_globs_relative_to_slipway_yaml()
    {
        NotesSettings.Default.Paths.ShouldBeEmpty();
        var notes = Parse("  paths: ['./operator/**', 'chart/**']\n  exclude-paths: ['operator/api/**']\n").Notes;
        notes.Paths.ShouldBe(["operator/**", "chart/**"]);
        notes.ExcludePaths.ShouldBe(["operator/api/**"]);
    }

    [Theory]
    [InlineData("  exclude-paths: []\n", "slipway.yaml:5:18: notes.exclude-paths must list at least one glob, or be left out")]
    [InlineData("  paths: ['../api/**']\n", "slipway.yaml:5:11: notes.paths[0] must be a path inside the repository, relative to slipway.yaml and outside .git/, found '../api/**': '..' leaves the directory of slipway.yaml")]
    [InlineData("  exclude-paths: ['api/[z-a]']\n", "slipway.yaml:5:24: notes.exclude-paths[0] is not a glob: a character class ('[...]') in it is empty or not valid")]
    [InlineData("  paths: api/**\n", "slipway.yaml:5:10: notes.paths must be a list ('- ' items), found 'api/**'")]
    public void Paths_that_are_not_globs_inside_the_repository_are_refused(string notes, string mistake)
    {
        var error = Should.Throw<SlipwayException>(() => Parse(notes));
        error.Kind.ShouldBe(Errors.ConfigInvalid);
        error.Details.ShouldBe([mistake]);
    }

    [Theory]
    [InlineData("  bots: group\n", "slipway.yaml:5:9: notes.bots is the list of bot names (e.g. [fossabot]); found 'group': bots no longer decide a change's section, and 'notes.bot-changes: drop' leaves their changes out")]
    [InlineData("  bot-authors: [fossabot]\n", "slipway.yaml:5:16: notes.bot-authors is now notes.bots (a list of bot names, e.g. [fossabot])")]
    [InlineData("  bot-changes: group\n", "slipway.yaml:5:16: notes.bot-changes must be one of: keep, drop; found 'group'")]
    [InlineData("  release-changes: hide\n", "slipway.yaml:5:20: notes.release-changes must be one of: keep, drop; found 'hide'")]
    [InlineData("  exclude: ['^chore(npm']\n", "slipway.yaml:5:13: notes.exclude[0] is not a regular expression: Invalid pattern '^chore(npm' at offset 10. Not enough )'s.")]
    [InlineData("  exclude: '^chore'\n", "slipway.yaml:5:12: notes.exclude must be a list ('- ' items), found '^chore'")]
    public void A_wrong_value_says_what_is_allowed(string notes, string mistake)
    {
        var error = Should.Throw<SlipwayException>(() => Parse(notes));
        error.Kind.ShouldBe(Errors.ConfigInvalid);
        error.Details.ShouldBe([mistake]);
    }
}

using Slipway.Core.Configuration;
using Slipway.Core.Notes;

namespace Slipway.Core.Tests.Notes;

/// <summary>
/// A change's section: the first of breaking, dependency update and its type that the configured
/// sections list. The default sections behave as they always did; sections without "deps" (a
/// conventional-changelog CHANGELOG's Features and Bug Fixes) take a fix(deps) as a fix instead of
/// dropping it.
/// </summary>
public sealed class ChangeCategoriesTests
{
    private static readonly ChangeCategories Defaults = new(NotesSettings.Default);

    // conventional-changelog's (and release-please's) default sections: no "deps", no "breaking".
    private static readonly ChangeCategories Conventional = new([new("feat", "Features"), new("fix", "Bug Fixes"), new("perf", "Performance Improvements")]);

    [Theory]
    [InlineData(false, "fix(deps): update left-pad to v2", "fix", "deps", "deps")]
    [InlineData(false, "chore(deps-dev): update mocha", "chore", "deps-dev", "deps")]
    [InlineData(false, "deps: refresh the lockfile", "deps", null, "deps")]
    [InlineData(false, "Bump lodash from 4.17.20 to 4.17.21", null, null, "deps")]
    [InlineData(true, "fix(deps)!: require left-pad 3", "fix", "deps", "breaking")]
    [InlineData(true, "feat!: widgets are immutable", "feat", null, "breaking")]
    [InlineData(false, "docs: explain widgets", "docs", null, "docs")]
    [InlineData(false, "Widgets are faster", null, null, "other")]
    public void The_default_sections_put_breaking_first_then_dependencies_then_the_type(bool breaking, string title, string? type, string? scope, string expected) =>
        Defaults.Of(breaking, title, type, scope).ShouldBe(expected);

    [Theory]
    [InlineData(false, "fix(deps): update left-pad to v2", "fix", "deps", "fix")]
    [InlineData(true, "feat(deps)!: require left-pad 3", "feat", "deps", "feat")]
    [InlineData(true, "perf!: widgets cache their layout", "perf", null, "perf")]
    public void Without_a_deps_or_breaking_section_a_change_is_in_the_section_of_its_type(bool breaking, string title, string? type, string? scope, string expected) =>
        Conventional.Of(breaking, title, type, scope).ShouldBe(expected);

    [Theory]
    [InlineData(false, "chore(deps): update the dev tools", "chore", "deps", "deps")]
    [InlineData(false, "build(deps): bump eslint from 8.0.0 to 9.0.0", "build", "deps", "deps")]
    [InlineData(false, "Bump lodash from 4.17.20 to 4.17.21", null, null, "deps")]
    [InlineData(true, "chore!: drop Node 18", "chore", null, "breaking")]
    [InlineData(false, "docs: explain widgets", "docs", null, "docs")]
    public void A_change_no_section_lists_keeps_what_it_is_first_and_is_in_no_section(bool breaking, string title, string? type, string? scope, string expected) =>
        Conventional.Of(breaking, title, type, scope).ShouldBe(expected);

    [Fact]
    public void A_breaking_dependency_update_goes_to_dependencies_when_only_they_have_a_section() =>
        new ChangeCategories([new("fix", "Fixed"), new("deps", "Dependencies")]).Of(true, "fix(deps)!: require left-pad 3", "fix", "deps").ShouldBe("deps");
}

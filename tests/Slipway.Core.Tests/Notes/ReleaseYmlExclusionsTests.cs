using Slipway.Core.Notes;

namespace Slipway.Core.Tests.Notes;

/// <summary>Reading the labels GitHub's generated notes leave out, from release.yml files written here.</summary>
public sealed class ReleaseYmlExclusionsTests
{
    [Fact]
    public void Reads_the_excluded_labels_in_flow_and_block_form()
    {
        ReleaseYmlExclusions.ExcludedLabels("changelog:\n  exclude:\n    labels: [changelog-exclude, ignore-for-release]\n")
            .ShouldBe(["changelog-exclude", "ignore-for-release"]);
        ReleaseYmlExclusions.ExcludedLabels("changelog:\n  exclude:\n    authors:\n      - octocat\n    labels:\n      - skip\n")
            .ShouldBe(["skip"]);
    }

    [Theory]
    [InlineData("changelog:\n  categories:\n    - title: Fixed\n      labels: [fix]\n")] // labels of a category choose a section, they exclude nothing
    [InlineData("changelog:\n  exclude:\n    authors: [dependabot]\n")]
    [InlineData("changelog: [\n")] // not YAML: GitHub could not read it either
    [InlineData("- a list\n")]
    [InlineData("")]
    public void Finds_none_where_nothing_is_excluded_by_label(string text) =>
        ReleaseYmlExclusions.ExcludedLabels(text).ShouldBeEmpty();
}

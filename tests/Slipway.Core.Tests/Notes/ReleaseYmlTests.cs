using Slipway.Core.Notes;

namespace Slipway.Core.Tests.Notes;

/// <summary>Reading what GitHub's generated notes leave out (labels, authors), from release.yml files written here.</summary>
public sealed class ReleaseYmlTests
{
    [Fact]
    public void Reads_the_excluded_labels_and_authors_in_flow_and_block_form()
    {
        var flow = ReleaseYml.Parse(".github/release.yml", "changelog:\n  exclude:\n    labels: [changelog-exclude, ignore-for-release]\n");
        flow.ExcludedLabels.ShouldBe(["changelog-exclude", "ignore-for-release"]);
        flow.ExcludedAuthors.ShouldBeEmpty();
        var block = ReleaseYml.Parse(".github/release.yml", "changelog:\n  exclude:\n    authors:\n      - octocat\n    labels:\n      - skip\n");
        block.ExcludedLabels.ShouldBe(["skip"]);
        block.ExcludedAuthors.ShouldBe(["octocat"]);
    }

    [Fact]
    public void Reads_the_categories_in_order_with_their_own_exclusions_and_skips_one_without_a_title()
    {
        var file = ReleaseYml.Parse(".github/release.yml", "changelog:\n  categories:\n    - title: Added\n      labels: [changelog-add]\n"
            + "    - labels: [orphan]\n    - title: Other\n      labels: ['*']\n      exclude:\n        labels: [skip]\n        authors: [octocat]\n");

        file.Categories.Select(c => c.Title).ShouldBe(["Added", "Other"]);
        file.Categories[1].Labels.ShouldBe(["*"]);
        file.Categories[1].ExcludedLabels.ShouldBe(["skip"]);
        file.Categories[1].ExcludedAuthors.ShouldBe(["octocat"]);
    }

    [Theory]
    [InlineData("changelog:\n  categories:\n    - title: Fixed\n      labels: [fix]\n")] // labels of a category choose a section, they exclude nothing
    [InlineData("changelog: [\n")] // not YAML: GitHub could not read it either
    [InlineData("- a list\n")]
    [InlineData("")]
    public void Finds_nothing_left_out_where_nothing_is_excluded(string text) =>
        ReleaseYml.Parse(".github/release.yml", text).ExcludesAny.ShouldBeFalse();

    [Fact]
    public void Leaves_out_a_change_by_any_excluded_label_or_its_author_s_login_whatever_the_case()
    {
        var file = ReleaseYml.Parse(".github/release.yml", "changelog:\n  exclude:\n    labels: [Changelog-Exclude]\n    authors: [octocat]\n");
        var author = new AuthorModel("Octo Cat", "octo@example.com", null, Bot: false);
        ChangeModel Change(string[] labels, string? login) => new()
        {
            Title = "fix: x", Category = "fix", Breaking = false, Text = string.Empty, Author = author with { Login = login }, CoAuthors = [], Commits = 1, Labels = labels,
        };

        file.Excludes(Change(["bug", "changelog-exclude"], "alice")).ShouldBeTrue();
        file.Excludes(Change([], "OctoCat")).ShouldBeTrue();
        file.Excludes(Change(["bug"], "alice")).ShouldBeFalse();
        file.Excludes(Change([], null)).ShouldBeFalse(); // git's name is not a login
    }
}

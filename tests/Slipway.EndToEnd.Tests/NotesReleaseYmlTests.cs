using Slipway.EndToEnd.Tests.Support;

namespace Slipway.EndToEnd.Tests;

/// <summary>
/// GitHub's generated notes leave out the pull requests labelled as <c>.github/release.yml</c>'s
/// <c>changelog.exclude.labels</c> says; Slipway cannot know labels, and says so rather than differ
/// from GitHub's list without a word.
/// </summary>
public sealed class NotesReleaseYmlTests
{
    [Fact]
    public void Whats_changed_warns_that_the_labels_release_yml_excludes_are_not_read()
    {
        using var repo = FixtureRepository.Build("notes", "whats-changed-back-ports");

        var result = Tool.Run(repo.Path, "notes").ShouldSucceed();

        result.Error.ShouldContain(".github/release.yml leaves out pull requests labelled changelog-exclude from GitHub's notes");
        result.Out.ShouldContain("* ci: drop an unused workflow by Cid Marr in https://github.com/hyperlink/hyperlink/pull/44");
    }

    [Fact]
    public void A_style_of_its_own_sections_does_not_warn()
    {
        using var repo = FixtureRepository.Build("notes", "whats-changed-back-ports");

        Tool.Run(repo.Path, "notes", "--style", "keep-a-changelog").ShouldSucceed().Error.ShouldNotContain("release.yml");
    }
}

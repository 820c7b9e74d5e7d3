using Slipway.Core.Configuration;
using Slipway.Core.Forges.GitHub;
using Slipway.Core.Git;
using Slipway.Core.Notes;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release;

/// <summary>What the GitHub release of a tag is to say.</summary>
public sealed record ReleaseDraft(string Tag, string Name, string Body, bool PreRelease, bool LoginsResolved);

/// <summary>What publishing did: the release as GitHub now has it, and whether it was made or updated.</summary>
public sealed record PublishOutcome(GitHubRelease Release, bool Created);

/// <summary>
/// Creates or updates the GitHub release of a tag with the release notes (as 'slipway notes' writes
/// them). Never a second release for a tag: an existing one (GET /releases/tags/TAG, or a draft CI
/// left for the tag, on any page of the list) is updated in place (PATCH) and published, so running it
/// again, or after CI made the release, is safe; a creation whose answer is lost is not repeated
/// blindly (<see cref="GitHubClient.CreateRelease"/>).
/// </summary>
public static class ReleasePublisher
{
    public static ReleaseDraft Draft(SlipwayConfig config, GitRunner git, SemVersion version, GitHubConnection github)
    {
        var tag = config.Tag.TagFor(version);
        var source = github.Client is { } client ? new GitHubContributors(client) : null;
        var notes = new ReleaseNotesGenerator(config, git, contributors: source).Generate(new NotesRequest(version) { To = tag });
        return new ReleaseDraft(tag, tag, notes.Text, version.IsPreRelease, notes.Model.LoginsResolved);
    }

    /// <summary>The release publishing would update (the published one of the tag, else a draft for it), or null when it would create one: the real run and the dry run both ask this.</summary>
    public static GitHubRelease? Existing(GitHubClient client, string tag) => client.ReleaseOf(tag);

    public static PublishOutcome Publish(GitHubClient client, ReleaseDraft draft)
    {
        var write = new ReleaseWrite(draft.Tag, draft.Name, draft.Body, draft.PreRelease, Draft: false);
        return Existing(client, draft.Tag) is { } existing
            ? new PublishOutcome(client.UpdateRelease(existing.Id, write), Created: false)
            : new PublishOutcome(client.CreateRelease(write), Created: true);
    }
}

using Slipway.Core.Configuration;
using Slipway.Core.Forges;
using Slipway.Core.Git;
using Slipway.Core.Notes;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release;

/// <summary>The release a tag is to get, and whether its notes name authors by their forge logins.</summary>
public sealed record PublishDraft(ReleaseDraft Draft, bool LoginsResolved);

/// <summary>What publishing did: the release as the forge now has it, and whether it was made or updated.</summary>
public sealed record PublishOutcome(ForgeRelease Release, bool Created);

/// <summary>
/// Creates or updates the forge release of a tag with the release notes (as 'slipway notes' writes
/// them). Never a second release for a tag: an existing one (published, or a draft CI left for the
/// tag) is updated in place and published, so running it again, or after CI made the release, is
/// safe; the forge does not repeat a creation whose answer was lost blindly either.
/// </summary>
public static class ReleasePublisher
{
    /// <param name="to">The tag's commit (the notes end there).</param>
    /// <param name="access">The forge: its links, and with a client, its authors' logins.</param>
    public static PublishDraft Draft(SlipwayConfig config, GitRunner git, SemVersion version, string to, ForgeAccess access)
    {
        var tag = config.Tag.TagFor(version);
        var notes = new ReleaseNotesGenerator(new NotesInputs(config, git) { Forge = new(access.Repository) }.WithClient(access.Client))
            .Generate(new NotesRequest(version) { To = to, NoticesFor = Api.ApiRelease.NoticesFor(config, git, access.Repository) });
        return new PublishDraft(new ReleaseDraft(tag, tag, notes.Text, version.IsPreRelease), notes.Model.LoginsResolved);
    }

    public static PublishOutcome Publish(IForge forge, ReleaseDraft draft) => forge.ReleaseFor(draft.Tag) is { } existing
        ? new PublishOutcome(forge.UpdateRelease(existing, draft), Created: false)
        : new PublishOutcome(forge.CreateRelease(draft), Created: true);
}

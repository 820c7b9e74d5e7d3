using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Forges;
using Slipway.Core.Git;
using Slipway.Core.Hosting;
using Slipway.Core.Release;
using Slipway.Core.Release.Journal;
using Slipway.Core.Versioning;

namespace Slipway.Core.Workspace.Run;

/// <summary>
/// Each repository's own release service, as the workspace runs it: its configuration with the
/// workspace's remote, and the follower that gives its follow step the upstreams' versions.
/// </summary>
internal sealed class WorkspaceMembers(LoadedWorkspace workspace, RunHost host, ForgeOpener forge)
{
    public ReleaseService Service(WorkspaceMember member, bool rehearsal = false) =>
        new(Config(member), new GitRunner(member.Directory), host, forge) { Upstreams = new UpstreamFollower(workspace, rehearsal) };

    /// <summary>The release of <paramref name="member"/> at <paramref name="version"/>, made afresh (the check for changes was made when the workspace release started).</summary>
    public ReleaseJournal Fresh(WorkspaceMember member, string version, IReadOnlyDictionary<string, string> versions, bool allowEmpty = true)
    {
        var journal = Service(member).Prepare(new ReleaseRequest(version) { AllowEmpty = allowEmpty });
        foreach (var upstream in member.Config.Versions.Select(r => r.Follows).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            journal.Facts.Follows[upstream] = versions[upstream];
        }

        return journal;
    }

    /// <summary>The journal of the member's release at <paramref name="record"/>'s version; null before it started (or after a refused start set it aside).</summary>
    public ReleaseJournal? Journal(WorkspaceMember member, MemberRecord record)
    {
        try
        {
            return Service(member).InProgress(SemVersion.Parse(record.Version));
        }
        catch (SlipwayException e) when (e.Kind == Errors.NoRelease)
        {
            return null;
        }
    }

    private static SlipwayConfig Config(WorkspaceMember member) => member.Settings.Remote is { } remote
        ? member.Config with { Release = member.Config.Release with { Remote = remote } }
        : member.Config;
}

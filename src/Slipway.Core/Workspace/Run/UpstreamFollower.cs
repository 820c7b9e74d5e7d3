using Slipway.Core.Git;
using Slipway.Core.References;
using Slipway.Core.Release;
using Slipway.Core.Release.Actions;
using Slipway.Core.Versioning;

namespace Slipway.Core.Workspace.Run;

/// <summary>
/// Plans a downstream release's follow edits from the upstream repositories of the workspace: each
/// reference gets its upstream's version in its own template, go.sum and vendor/modules.txt the sums
/// of the upstream module at its tag (computed from the upstream clone's objects, as Go would).
/// </summary>
internal sealed class UpstreamFollower(LoadedWorkspace workspace, bool rehearsal) : IUpstreamFollower
{
    public EditFiles? Plan(ReleaseContext context)
    {
        var scan = ReferenceReader.Read(context.Config, new DocumentCache(context.Repository.WorkTree));
        var followed = context.Journal.Facts.Follows;
        var upstreams = followed.Select(f => Upstream(f.Key, SemVersion.Parse(f.Value))).ToList();
        var plan = FollowPlanner.Plan(scan, upstreams);
        var untagged = upstreams.Where(u => u.Commit is not null && plan.GoModules.Count > 0).Select(u => u.Name).ToList();
        var note = untagged.Count == 0 ? string.Empty : $" (Go sums of {string.Join(", ", untagged)}'s HEAD, as it is not tagged yet; the real run reads the tag)";
        return plan.IsEmpty
            ? null
            : new EditFiles($"follow {string.Join(", ", followed.Select(f => $"{f.Key} {f.Value}"))}{note}", plan.Edits, plan.Changes);
    }

    private UpstreamRelease Upstream(string name, SemVersion version)
    {
        var member = workspace[name];
        var git = new GitRunner(member.Directory);
        if (!rehearsal)
        {
            return new UpstreamRelease(name, version, git); // the real run starts only once the upstream's tag exists
        }

        // A dry run plans before the upstream is tagged: the sums are those of the tagged commit when it
        // exists, else of the upstream's HEAD (the plan says so; the real run reads the tag).
        var reader = new GitReader(git);
        return reader.LocalTag(member.Config.Tag.TagFor(version)) is not null
            ? new UpstreamRelease(name, version, git)
            : new UpstreamRelease(name, version, git, reader.Resolve("HEAD"));
    }
}

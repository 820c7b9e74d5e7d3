using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Editing.Locators;
using Slipway.Core.Files;
using Slipway.Core.Git;
using Slipway.Core.Planning;
using Slipway.Core.References;
using Slipway.Core.Versioning;
using Slipway.Core.Workspace.Go;

namespace Slipway.Core.Workspace;

/// <summary>
/// The edits that make a downstream repository's <c>follows:</c> references carry their upstreams'
/// new versions, each rendered with the reference's own template, and, for <c>gomod:</c> references,
/// the module's go.sum lines and vendor/modules.txt entry computed from the upstream's git objects.
/// Like a bump, everything is computed and checked before anything is written.
/// </summary>
public static class FollowPlanner
{
    /// <param name="downstream">The downstream repository's references as they are now.</param>
    /// <param name="upstreams">The release of every repository the downstream follows.</param>
    /// <exception cref="SlipwayException">A reference cannot be read (SW301), or the Go sums cannot be computed or written (SW355–SW357).</exception>
    public static FollowPlan Plan(ReferenceScan downstream, IReadOnlyList<UpstreamRelease> upstreams)
    {
        var byName = upstreams.ToDictionary(u => u.Name, StringComparer.Ordinal);
        var followers = downstream.Readings.Where(r => r.Reference.Follows is not null && !r.IsAbsent).ToList();
        foreach (var missing in followers.Select(r => r.Reference.Follows!).Where(n => !byName.ContainsKey(n)).Distinct(StringComparer.Ordinal))
        {
            throw new ArgumentException($"the release of '{missing}', which {downstream.Config.Name} follows, was not given", nameof(upstreams));
        }

        // Each reference becomes an ordinary one holding its upstream's version, so the bump's own planner splices it.
        var applicable = followers.Where(r => Applicability.Applies(r.Reference.When, byName[r.Reference.Follows!].Version)).ToList();
        var values = applicable.ToDictionary(r => r.Reference.Label, r => r.Reference.Value.Render(byName[r.Reference.Follows!].Version), StringComparer.Ordinal);
        if (applicable.Count == 0)
        {
            return new FollowPlan([], [], [], []);
        }

        var readings = applicable.Select(r => r with { Reference = r.Reference with { Follows = null, When = ReleaseFilter.Always } }).ToList();
        var scan = new ReferenceScan(downstream.Config, readings, downstream.Documents);
        var bump = BumpPlanner.Plan(scan, byName[applicable[0].Reference.Follows!].Version, reference => values[reference.Label]);

        var goFollows = applicable
            .Where(r => r.Reference.Locator is GoModLocator)
            .Select(r => GoFollow(r, byName[r.Reference.Follows!], values[r.Reference.Label]))
            .ToList();
        var goEdits = GoFollowEdits.Plan(downstream.Documents, goFollows);
        foreach (var clash in goEdits.Where(g => bump.Edits.Any(e => e.Path == g.Path)))
        {
            throw new SlipwayException(Errors.GoSumsNotEditable, $"{clash.Path} is both a version reference and a file Go records sums or vendoring in",
                "remove the versions entry that points into it; Slipway updates it from the upstream's objects");
        }

        return new FollowPlan([.. bump.Edits, .. goEdits], bump.Changes, bump.Unchanged, goFollows.Select(f => f.Sums).ToList());
    }

    private static GoFollow GoFollow(ReferenceReading reading, UpstreamRelease upstream, string version)
    {
        var module = new GoModuleVersion(((GoModLocator)reading.Reference.Locator).Module, version);
        var sums = upstream.Commit is { } commit
            ? GoModuleHasher.HashAtCommit(upstream.Repository, module, commit)
            : GoModuleHasher.HashAtTag(upstream.Repository, module);
        return new GoFollow(reading.Path, sums, reading.Values.Select(v => v.Text).FirstOrDefault());
    }
}

/// <summary>
/// The release of an upstream repository, as a downstream one follows it: its version, and its clone
/// (for Go sums). <paramref name="Commit"/> is the commit its tag will point at, for a plan made before
/// the tag exists; null to read the tag Go reads.
/// </summary>
public sealed record UpstreamRelease(string Name, SemVersion Version, GitRunner Repository, string? Commit = null);

/// <summary>Every edit of following the upstreams: the references' own values, then go.sum and vendor/modules.txt.</summary>
public sealed record FollowPlan(IReadOnlyList<FileEdit> Edits, IReadOnlyList<ValueChange> Changes, IReadOnlyList<ValueChange> Unchanged, IReadOnlyList<GoModuleSums> GoModules)
{
    public bool IsEmpty => Edits.Count == 0;
}

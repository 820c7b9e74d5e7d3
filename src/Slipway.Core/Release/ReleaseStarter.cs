using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Git;
using Slipway.Core.Notes;
using Slipway.Core.Planning;
using Slipway.Core.Release.Journal;
using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release;

/// <summary>What 'slipway release' was asked: a version or keyword, for a patch release the tag it patches and the commits to pick, and whether an empty release is wanted.</summary>
public sealed record ReleaseRequest(string Target)
{
    public string? PatchOf { get; init; }

    public IReadOnlyList<string> CherryPicks { get; init; } = [];

    /// <summary>Release even when nothing changed since the previous release.</summary>
    public bool AllowEmpty { get; init; }
}

/// <summary>Turns a release request into a journal: the version (explicit, or from a keyword), the previous release, the branches.</summary>
public static class ReleaseStarter
{
    public static ReleaseJournal Create(SlipwayConfig config, GitRunner git, ReleaseRequest request)
    {
        var settings = config.Release;
        var version = new TargetVersion(config, git).Resolve(request.Target, "release");
        var tag = config.Tag.TagFor(version);
        var previous = request.PatchOf is { } patched
            ? config.Tag.VersionOf(patched) ?? throw new SlipwayException(Errors.Usage, $"--from {patched} does not name a version under the tag template '{config.Tag.Source}'")
            : new RangeResolver(git, config.Tag).PreviousFrom(version, settings.Base)?.Version;
        var previousTag = previous is null ? null : config.Tag.TagFor(previous);
        if (request.PatchOf is not null && new GitReader(git).LocalTag(request.PatchOf) is null)
        {
            throw new SlipwayException(Errors.Usage, $"--from {request.PatchOf} is not a tag of this repository", "fetch the tags (git fetch --tags) or name an existing release tag");
        }

        // Branch names are templates that may use the version and the previous release; a patch release works on its patch branch.
        var created = DateTimeOffset.UtcNow;
        var values = ReleaseValues.For(version, tag, previous, previousTag, settings.Branch, settings.Base, settings.Remote);
        values["date"] = config.DateText(created);
        var @base = request.PatchOf is null ? settings.Base : ValueTemplate.Parse(settings.PatchBranch, Placeholders.Release).Render(values);
        values["base"] = @base;
        return new ReleaseJournal
        {
            Project = config.Name,
            Version = version,
            Tag = tag,
            Previous = previous,
            PreviousTag = previousTag,
            Kind = request.PatchOf is not null ? ReleaseKind.Patch : version.IsPreRelease ? ReleaseKind.PreRelease : ReleaseKind.Final,
            Base = @base,
            Branch = ValueTemplate.Parse(settings.Branch, Placeholders.Release).Render(values),
            Remote = settings.Remote,
            PatchOf = request.PatchOf,
            CherryPicks = request.CherryPicks.ToList(),
            Created = created,
            Configuration = config.Fingerprint,
        };
    }
}

using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Git;
using Slipway.Core.Notes;
using Slipway.Core.References;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release;

/// <summary>Turns a release request into a journal: the version (explicit, or from a keyword), the previous release, the branches.</summary>
public static class ReleaseStarter
{
    public static ReleaseJournal Create(SlipwayConfig config, GitRunner git, ReleaseRequest request)
    {
        var settings = config.Release;
        var version = Target(config, git, request);
        var tag = config.Tag.TagFor(version);
        var kind = request.PatchOf is not null ? "patch" : version.IsPreRelease ? "prerelease" : "final";
        var resolver = new RangeResolver(git, config.Tag);
        var previous = request.PatchOf is { } patched
            ? config.Tag.VersionOf(patched) ?? throw new SlipwayException(Errors.Usage, $"--from {patched} does not name a version under the tag template '{config.Tag.Source}'")
            : resolver.Candidates(v => v < version && (version.IsPreRelease || !v.IsPreRelease)).FirstOrDefault();
        var journal = new ReleaseJournal
        {
            Project = config.Name,
            Version = version.ToString(),
            Tag = tag,
            Previous = previous?.ToString(),
            PreviousTag = previous is null ? null : config.Tag.TagFor(previous),
            Kind = kind,
            Base = settings.Base,
            Branch = settings.Branch,
            Remote = settings.Remote,
            PatchOf = request.PatchOf,
            CherryPicks = request.CherryPicks.ToList(),
            Created = DateTimeOffset.UtcNow,
        };

        // Branch names are templates that may use the version and the previous release.
        var context = new ReleaseContext(config, journal, git, SilentObserver.Instance);
        if (request.PatchOf is not null)
        {
            if (new GitReader(git).LocalTag(request.PatchOf) is null)
            {
                throw new SlipwayException(Errors.Usage, $"--from {request.PatchOf} is not a tag of this repository", "fetch the tags (git fetch --tags) or name an existing release tag");
            }

            journal.Base = context.Render(settings.PatchBranch);
        }

        journal.Branch = context.Render(settings.Branch);
        return journal;
    }

    private static SemVersion Target(SlipwayConfig config, GitRunner git, ReleaseRequest request)
    {
        if (!VersionBump.IsKeyword(request.Target))
        {
            return SemVersion.TryParse(request.Target, out var explicitVersion)
                ? explicitVersion
                : throw new SlipwayException(Errors.InvalidVersion, $"release: {VersionSpellingAdvisor.Explain(request.Target)}");
        }

        var scan = ReferenceReader.Read(config);
        if (!scan.Consensus.Agrees || scan.Problems.Any())
        {
            throw new SlipwayException(Errors.NoCurrentVersion, $"'{request.Target}' needs one current version, and the references do not agree on one",
                "run 'slipway show', make them agree, or release an explicit version");
        }

        var current = scan.Consensus.Version!;
        var tagged = new GitReader(git).Tags().Select(config.Tag.VersionOf).OfType<SemVersion>();
        try
        {
            return VersionBump.Next(current, request.Target, PreReleaseStyle.Detect(tagged.Append(current)));
        }
        catch (InvalidOperationException e)
        {
            throw new SlipwayException(Errors.Usage, e.Message);
        }
    }
}

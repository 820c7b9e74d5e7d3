using Slipway.Core.Api;
using Slipway.Core.Configuration;
using Slipway.Core.Diagnostics;
using Slipway.Core.Git;
using Slipway.Core.Notes;
using Slipway.Core.References;
using Slipway.Core.Versioning;

namespace Slipway.Core.Planning;

/// <summary>
/// Which version a command is about, for bump, release and next alike: an explicit version as given,
/// a keyword (major, minor, patch, rc, release) from the version the references agree on, in the
/// repository's own pre-release spelling, or the version the commits since the last release call for.
/// </summary>
public sealed class TargetVersion(SlipwayConfig config, GitRunner git)
{
    /// <param name="command">What is asking, for messages: "bump", "release".</param>
    /// <param name="scan">The references, when the caller has read them already.</param>
    public SemVersion Resolve(string target, string command, ReferenceScan? scan = null)
    {
        if (!VersionBump.IsKeyword(target))
        {
            return SemVersion.TryParse(target, out var version)
                ? version
                : throw new SlipwayException(Errors.InvalidVersion, $"{command}: {VersionSpellingAdvisor.Explain(target)}");
        }

        scan ??= ReferenceReader.Read(config);
        BumpPlanner.ThrowIfUnreadable(scan);
        var consensus = scan.Consensus;
        if (!consensus.Agrees)
        {
            var details = consensus.Disagreeing.SelectMany(r => r.Values.Select(v => $"{r.Path}:{v.Line}:{v.Column}: {r.Reference.Label} holds '{v.Text}'")).ToList();
            throw new SlipwayException(Errors.NoCurrentVersion,
                consensus.Version is null ? $"'{target}' needs a current version, and no reference holds one" : $"'{target}' needs one current version, but the references disagree (most hold {consensus.Version})",
                $"{command} an explicit version to set them all: 'slipway {command} {Suggested(target, consensus.Version) ?? "VERSION"}'", details);
        }

        var current = consensus.Version!;
        var reader = new GitReader(git);
        var tagged = reader.IsRepository() ? reader.Tags().Select(config.Tag.VersionOf).OfType<SemVersion>() : [];
        try
        {
            return VersionBump.Next(current, target, PreReleaseStyle.Detect(tagged.Append(current)));
        }
        catch (InvalidOperationException e)
        {
            throw new SlipwayException(Errors.Usage, e.Message);
        }
    }

    // The version a person most likely means when the references disagree: the keyword applied to
    // the version most of them hold, else the one the commits since the last release call for.
    private string? Suggested(string keyword, SemVersion? mostHeld)
    {
        try
        {
            if (mostHeld is not null)
            {
                return VersionBump.Next(mostHeld, keyword, PreReleaseStyle.Detect([mostHeld])).ToString();
            }

            return new GitReader(git).IsRepository() ? Next(keyword == "rc" ? "rc" : null, null).Result.Version.ToString() : null;
        }
        catch (Exception e) when (e is InvalidOperationException or SlipwayException)
        {
            return null;
        }
    }

    /// <summary>
    /// The version the commits since the previous final release call for, raised to what the CRD changes
    /// require when there is an <c>api:</c> section (the release refuses anything lower, SW114);
    /// <see cref="NextVersion.IsEmpty"/> when there are no commits.
    /// </summary>
    /// <param name="firstVersion">For a repository without releases: the version its references hold.</param>
    public NextVersion Next(string? preLabel, SemVersion? firstVersion, Task<string>? tagListing = null)
    {
        var (result, warnings) = new NextVersionService(config, git, tagListing)
            .Compute(preLabel, firstVersion, floorFor: version => ApiRelease.For(config, git, version, "HEAD")?.Floor);
        return new NextVersion(result, warnings);
    }

    /// <summary>How many changes the release notes would list between <paramref name="previousTag"/> and <paramref name="to"/>.</summary>
    public int ChangesSince(SemVersion version, string previousTag, string to) =>
        new ReleaseNotesGenerator(new NotesInputs(config, git)).Generate(new NotesRequest(version) { From = previousTag, To = to }).Model.Changes.Count;
}

/// <summary>What next computed, and the warnings of reading the tags.</summary>
public sealed record NextVersion(NextVersionResult Result, IReadOnlyList<string> Warnings)
{
    /// <summary>Nothing changed since the previous release: there is nothing to release.</summary>
    public bool IsEmpty => Result.Previous is not null && Result.Changes == 0;
}

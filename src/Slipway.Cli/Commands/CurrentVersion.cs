using Slipway.Cli.Infrastructure;
using Slipway.Core.Diagnostics;
using Slipway.Core.Notes;
using Slipway.Core.Planning;
using Slipway.Core.References;
using Slipway.Core.Versioning;

namespace Slipway.Cli.Commands;

/// <summary>Which version a notes or next command is about when none is given.</summary>
internal static class CurrentVersion
{
    /// <summary>The version the references agree on, or null when they do not agree or cannot be read.</summary>
    public static SemVersion? OfReferences(Invocation run) => ReferenceReader.AgreedVersion(run.Config);

    /// <summary>
    /// The version the unreleased changes would be released as: what <c>slipway next</c> computes,
    /// so that the notes people read before a release carry the title the release will have.
    /// </summary>
    /// <param name="explicitRange">
    /// The range is given (--all, --from): with nothing unreleased, the notes are titled with the last
    /// release, whose changes the range ends with, rather than refused.
    /// </param>
    /// <returns>The version, and the previous release next found (notes need not search for it again).</returns>
    public static (SemVersion Version, KnownPrevious Previous) Unreleased(Invocation run, Task<string>? tagListing, bool explicitRange = false)
    {
        var next = new TargetVersion(run.Config, run.Git()).Next(null, OfReferences(run), tagListing);
        var result = next.Result;
        if (next.IsEmpty && explicitRange && result.Previous is { } released)
        {
            run.Note($"nothing unreleased since {result.PreviousTag}: the notes of the range are titled {released}");
            return (released, new KnownPrevious(released, "HEAD"));
        }

        if (next.IsEmpty)
        {
            throw new SlipwayException(Errors.NothingToRelease, $"nothing unreleased: no change since {result.PreviousTag}",
                $"'slipway notes --version {result.Previous}' writes the notes of the release {result.PreviousTag}");
        }

        var since = result.PreviousTag is null ? "the whole history (no release yet)" : $"the changes since {result.PreviousTag}";
        run.Note($"notes for the unreleased changes: {since}, as {result.Version} (what 'slipway next' computes)");
        return (result.Version, new KnownPrevious(result.Previous, "HEAD"));
    }
}

using Slipway.Cli.Infrastructure;
using Slipway.Core.Planning;
using Slipway.Core.References;
using Slipway.Core.Versioning;

namespace Slipway.Cli.Commands;

/// <summary>Which version a notes or next command is about when none is given.</summary>
internal static class CurrentVersion
{
    /// <summary>The version the references agree on, or null when they do not agree or cannot be read.</summary>
    public static SemVersion? OfReferences(Invocation run)
    {
        var scan = ReferenceReader.Read(run.Config);
        return !scan.Problems.Any() && scan.Consensus.Agrees ? scan.Consensus.Version : null;
    }

    /// <summary>An explicit --version, else the references' version, else the next version from the commits.</summary>
    public static SemVersion For(Invocation run, string? given, Task<string>? tagListing = null)
    {
        if (given is not null)
        {
            return VersionArgument.Parse(given, "--version");
        }

        if (OfReferences(run) is { } referenced)
        {
            return referenced;
        }

        var next = new TargetVersion(run.Config, run.Git()).Next(null, null, tagListing).Result;
        run.Note($"the references hold no single version; writing notes for the next version, {next.Version}");
        return next.Version;
    }
}

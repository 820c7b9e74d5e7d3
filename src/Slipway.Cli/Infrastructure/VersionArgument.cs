using Slipway.Core.Diagnostics;
using Slipway.Core.Versioning;

namespace Slipway.Cli.Infrastructure;

/// <summary>Parses a version given on the command line, refusing non-SemVer with the nearest valid spelling.</summary>
internal static class VersionArgument
{
    public static SemVersion Parse(string text, string what) => SemVersion.TryParse(text, out var version)
        ? version
        : throw new SlipwayException(Errors.InvalidVersion, $"{what}: {VersionSpellingAdvisor.Explain(text)}");
}

using Slipway.Core.Api;
using Slipway.Core.Configuration;

namespace Slipway.Cli.Output;

/// <summary>How classes and severities are spelled in tables and JSON: as api.rules and crdify spell them.</summary>
internal static class ApiText
{
    public static string Class(FindingClass kind) => kind.ToString().ToLowerInvariant();

    public static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warn",
        FindingSeverity.Info => "info",
        _ => "none",
    };

    /// <summary>Breaking first, then what no rule judged, then compatible and cosmetic changes.</summary>
    public static int Rank(FindingClass kind) => kind switch
    {
        FindingClass.Breaking => 0,
        FindingClass.Unclassified => 1,
        FindingClass.Compatible => 2,
        _ => 3,
    };
}

using System.Text.RegularExpressions;
using Slipway.Core.Versioning;

namespace Slipway.Core.Init;

/// <summary>
/// How a file spells the version: the version token inside a value (<c>v0.1.6</c>,
/// <c>bpfman-operator.v0.5.7-dev</c>, <c>=4.0.0</c>) and the value template that writes the same
/// spelling for any version (<c>v{version}</c>, <c>bpfman-operator.v{version}</c>, <c>={version}</c>).
/// </summary>
internal static partial class VersionShape
{
    /// <summary>A version inside a regex locator: a SemVer core and, when present, its pre-release and build (no trailing '.' of a sentence).</summary>
    public const string RegexGroup = @"(?<version>\d+\.\d+\.\d+(?:[-+][\w.+-]*\w)?)";

    /// <summary>The SemVer version the value carries, or null when it carries none (or several).</summary>
    public static SemVersion? VersionIn(string value)
    {
        var tokens = Token().Matches(value);
        return tokens.Count == 1 && SemVersion.TryParse(tokens[0].Value, out var version) ? version : null;
    }

    /// <summary>
    /// The template for a value that holds <paramref name="version"/>: null when the value is the
    /// version itself (the default), else the value with the version replaced by {version} and any
    /// literal brace doubled; null also when the value does not hold the version.
    /// </summary>
    public static string? TemplateFor(string value, SemVersion version, out bool holds)
    {
        holds = VersionIn(value) == version;
        if (!holds || value == version.ToString())
        {
            return null;
        }

        var at = value.IndexOf(version.ToString(), StringComparison.Ordinal);
        return Literal(value[..at]) + "{version}" + Literal(value[(at + version.ToString().Length)..]);
    }

    /// <summary>The whole version tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/> (a 'v' before one is not part of it).</summary>
    public static IEnumerable<Match> TokensIn(string text, int start, int end)
    {
        for (var match = Token().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            yield return match;
        }
    }

    private static string Literal(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    // A whole version token: not glued to letters, digits or dots on either side (0.0.0.0 is not a
    // version), except for the tag form's 'v' (v0.1.6, operator.v0.5.7).
    [GeneratedRegex(@"(?:(?<=(?:^|[^0-9A-Za-z])v)|(?<![0-9A-Za-z.]))[0-9]+\.[0-9]+\.[0-9]+(?:-[0-9A-Za-z.-]*[0-9A-Za-z])?(?:\+[0-9A-Za-z.-]*[0-9A-Za-z])?(?![0-9A-Za-z]|\.[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}

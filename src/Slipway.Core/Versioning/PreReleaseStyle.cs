using System.Globalization;
using System.Text.RegularExpressions;

namespace Slipway.Core.Versioning;

/// <summary>
/// How a repository spells its pre-releases: <c>rc1</c> (bpfman) or <c>rc.1</c> (the SemVer-sortable
/// form). Slipway continues a series in the spelling it finds, and starts new ones in it too.
/// </summary>
public sealed partial record PreReleaseStyle(string Label, bool Dotted)
{
    public static readonly PreReleaseStyle Default = new("rc", Dotted: true);

    public string Format(long number) =>
        Label + (Dotted ? "." : string.Empty) + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The style of a pre-release part such as <c>rc1</c>, <c>rc.2</c> or <c>beta.3</c>; null when it has no counter.</summary>
    public static PreReleaseStyle? Of(string preRelease)
    {
        var match = Counter().Match(preRelease);
        return match.Success ? new PreReleaseStyle(match.Groups["label"].Value, match.Groups["dot"].Length > 0) : null;
    }

    /// <summary>The counter of a pre-release part (<c>rc2</c> → 2), or null.</summary>
    public static long? NumberOf(string preRelease)
    {
        var match = Counter().Match(preRelease);
        // A counter too large for a long (rc99999999999999999999) is not one Slipway can count on from.
        return match.Success && long.TryParse(match.Groups["number"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>The style used most recently among <paramref name="versions"/> (newest first wins), or the default.</summary>
    public static PreReleaseStyle Detect(IEnumerable<SemVersion> versions) =>
        versions.Where(v => v.IsPreRelease).OrderByDescending(v => v).Select(v => Of(v.PreRelease)).OfType<PreReleaseStyle>().FirstOrDefault()
        ?? Default;

    [GeneratedRegex(@"^(?<label>[0-9A-Za-z-]*?[A-Za-z-])(?<dot>\.?)(?<number>0|[1-9]\d*)$")]
    private static partial Regex Counter();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Slipway.Core.Notes;

/// <summary>Recognises how pull requests land in history: squash subjects ending in "(#N)", and GitHub merge commits.</summary>
public static partial class PullRequestTitles
{
    /// <summary>For <c>feat: add x (#12)</c>: 12 and <c>feat: add x</c>.</summary>
    public static (int Number, string Title)? FromSquash(string subject)
    {
        var match = SquashSuffix().Match(subject);
        return match.Success ? (int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), match.Groups["title"].Value.TrimEnd()) : null;
    }

    /// <summary>For <c>Merge pull request #12 from owner/branch</c>: 12.</summary>
    public static int? FromMerge(string subject)
    {
        var match = MergeSubject().Match(subject);
        return match.Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?<title>.*\S)\s*\(#(?<n>\d+)\)$")]
    private static partial Regex SquashSuffix();

    [GeneratedRegex(@"^Merge pull request #(?<n>\d+) from \S+")]
    private static partial Regex MergeSubject();
}

using System.Globalization;

namespace Slipway.Core.Notes;

/// <summary>Recognises how pull requests land in history: squash subjects ending in "(#N)", and GitHub merge commits.</summary>
public static class PullRequestTitles
{
    private const string MergePrefix = "Merge pull request #";

    /// <summary>For <c>feat: add x (#12)</c>: 12 and <c>feat: add x</c>.</summary>
    public static (int Number, string Title)? FromSquash(string subject)
    {
        var text = subject.AsSpan();
        if (!text.EndsWith(')'))
        {
            return null;
        }

        var open = text.LastIndexOf("(#");
        var digits = open < 0 ? default : text[(open + 2)..^1];
        var title = open < 0 ? default : text[..open].TrimEnd();
        return digits.Length is > 0 and < 10 && digits.IndexOfAnyExceptInRange('0', '9') < 0 && !title.IsEmpty
            ? (int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture), title.ToString())
            : null;
    }

    /// <summary>For <c>Merge pull request #12 from owner/branch</c>: 12.</summary>
    public static int? FromMerge(string subject)
    {
        var text = subject.AsSpan();
        if (!text.StartsWith(MergePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = text[MergePrefix.Length..];
        var end = rest.IndexOfAnyExceptInRange('0', '9');
        return end is > 0 and < 10 && rest[end..].StartsWith(" from ", StringComparison.Ordinal) && rest.Length > end + 6 && !char.IsWhiteSpace(rest[end + 6])
            ? int.Parse(rest[..end], NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
    }
}

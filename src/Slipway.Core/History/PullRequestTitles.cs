using System.Globalization;

namespace Slipway.Core.History;

/// <summary>Recognises how pull requests land in history: squash subjects ending in "(#N)", and GitHub merge commits.</summary>
public static class PullRequestTitles
{
    private const string MergePrefix = "Merge pull request #";

    /// <summary>For <c>feat: add x (#12)</c>: 12 and <c>feat: add x</c>.</summary>
    public static (int Number, string Title)? FromSquash(string subject) =>
        FromSquash(subject.AsSpan()) is var (number, length) ? (number, subject[..length]) : null;

    /// <summary>
    /// Like <see cref="FromSquash(string)"/>, with the title as its length in <paramref name="text"/>, so
    /// that a reader of a long history makes one string per subject rather than two.
    /// </summary>
    public static (int Number, int TitleLength)? FromSquash(ReadOnlySpan<char> text)
    {
        if (!text.EndsWith(')'))
        {
            return null;
        }

        var open = text.LastIndexOf("(#");
        var digits = open < 0 ? default : text[(open + 2)..^1];
        var title = open < 0 ? default : text[..open].TrimEnd();
        return digits.Length is > 0 and < 10 && digits.IndexOfAnyExceptInRange('0', '9') < 0 && !title.IsEmpty
            ? (int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture), title.Length)
            : null;
    }

    /// <summary>For <c>Merge pull request #12 from owner/release/v1.2.0</c>: <c>release/v1.2.0</c> (the branch without its owner).</summary>
    public static string? MergedBranch(ReadOnlySpan<char> text)
    {
        var from = text.IndexOf(" from ", StringComparison.Ordinal);
        var source = from < 0 ? default : text[(from + 6)..].Trim();
        var slash = source.IndexOf('/');
        return FromMerge(text) is null || slash <= 0 || slash == source.Length - 1 ? null : source[(slash + 1)..].ToString();
    }

    /// <summary>For <c>Merge pull request #12 from owner/branch</c>: 12.</summary>
    public static int? FromMerge(string subject) => FromMerge(subject.AsSpan());

    public static int? FromMerge(ReadOnlySpan<char> text)
    {
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

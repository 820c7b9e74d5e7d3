using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Slipway.Core.Diagnostics;

namespace Slipway.Core.Forges.GitHub;

/// <summary>
/// GitHub's lists, page after page, as its Link header (<c>rel="next"</c>) leads: a list is never
/// taken to end at its first page. Read lazily, so a search for one item stops where it finds it,
/// and bounded: a list longer than <see cref="MostPages"/> pages is an error rather than a decision
/// made on part of it (a draft or a pull request missed would be made a second time).
/// </summary>
internal static partial class GitHubPages
{
    public const int MostPages = 50;

    public static IEnumerable<T> All<T>(GitHubHttp http, string path, JsonTypeInfo<List<T>> type, bool notFoundIsEmpty = false)
    {
        var next = path;
        for (var page = 1; next is not null; page++)
        {
            if (page > MostPages)
            {
                throw new SlipwayException(Errors.GitHubListTooLong, $"GET /{path.Split('?')[0]}: GitHub lists more than {MostPages} pages; Slipway does not decide on part of a list",
                    $"Slipway looks through at most {MostPages * 100:N0} entries (releases, or pull requests of a branch); remove old draft releases, or do this step by hand");
            }

            if (http.Exchange(HttpMethod.Get, next, notFoundIsNull: notFoundIsEmpty) is not { } answer)
            {
                yield break;
            }

            foreach (var item in GitHubClient.Parse(answer.Body, type, next))
            {
                yield return item;
            }

            next = answer.NextPage is { } link ? UnderApi(link, http.ApiBase, path) : null;
        }
    }

    /// <summary>The address Link's <c>rel="next"</c> names, or null.</summary>
    public static string? NextLink(HttpResponseHeaders headers) =>
        headers.TryGetValues("Link", out var values) && NextLinkPattern().Match(string.Join(",", values)) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The path of the next page Link names, followed only inside the API's address: the token goes with the request.</summary>
    public static string UnderApi(string link, Uri apiBase, string path)
    {
        var root = apiBase.AbsoluteUri;
        return Uri.TryCreate(link, UriKind.Absolute, out var next) && next.AbsoluteUri.StartsWith(root, StringComparison.Ordinal)
            ? next.AbsoluteUri[root.Length..]
            : throw new SlipwayException(Errors.GitHubFailed, $"GET /{path.Split('?')[0]}: GitHub's next page is not under {apiBase.GetLeftPart(UriPartial.Authority)}: not followed, the token goes with it",
                "if forge.api points at a proxy, it must rewrite GitHub's Link headers to its own address");
    }

    [GeneratedRegex(@"<([^>]*)>\s*;\s*rel=""?next""?", RegexOptions.IgnoreCase)]
    private static partial Regex NextLinkPattern();
}

using Slipway.Core.Forges;
using Slipway.Core.Git;

namespace Slipway.Core.Notes;

/// <summary>
/// Who makes a first contribution in a release. With the forge: whoever had no pull request merged
/// before the range starts, by login. Without it: whoever authored no commit before the range, where
/// one person is one e-mail (as the repository's .mailmap maps it: the history is read with git's
/// mailmap-aware fields), one name, or one GitHub noreply login. Someone the history cannot tell
/// apart from an earlier author is left out rather than listed by mistake; bots never are new.
/// </summary>
internal static class FirstContributions
{
    public static Func<AuthorModel, bool> Since(GitRunner git, IContributorSource? contributors, string from)
    {
        if (contributors is not null)
        {
            var since = new GitReader(git).CommitTime(from);
            return author => !author.Bot && author.Login is { } login && !contributors.ContributedBefore(login, since);
        }

        var earlier = EarlierIdentities(git, from);
        return author => !author.Bot && author.Email.Length > 0 && !Identities(author.Name, author.Email).Any(earlier.Contains);
    }

    /// <summary>One key per way of telling a person: the same key means the same person.</summary>
    public static IEnumerable<string> Identities(string name, string email)
    {
        yield return "email:" + email.Trim().ToLowerInvariant();
        if (NormalizedName(name) is { Length: > 0 } normalized)
        {
            yield return "name:" + normalized;
        }

        if (NoreplyLogin(email) is { } login)
        {
            yield return "login:" + login;
        }
    }

    /// <summary>A name compared without case and runs of blanks: "Dave  Tucker" is "dave tucker".</summary>
    public static string NormalizedName(string name) =>
        string.Join(' ', name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    // 12345+login@users.noreply.github.com and login@users.noreply.github.com are both login's.
    private static string? NoreplyLogin(string email)
    {
        const string Domain = "@users.noreply.github.com";
        if (!email.EndsWith(Domain, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var user = email[..^Domain.Length];
        return user[(user.IndexOf('+', StringComparison.Ordinal) + 1)..].ToLowerInvariant();
    }

    private static HashSet<string> EarlierIdentities(GitRunner git, string from)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        git.Stream(["log", "-z", "--format=%aN%x00%aE", "--end-of-options", from, "--"], stream =>
        {
            using var reader = new StreamReader(stream, leaveOpen: true);
            var fields = reader.ReadToEnd().Split('\0');
            for (var i = 0; i + 1 < fields.Length; i += 2)
            {
                keys.UnionWith(Identities(fields[i].TrimStart('\n'), fields[i + 1]));
            }
        });
        return keys;
    }
}

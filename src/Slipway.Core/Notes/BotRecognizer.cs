using Slipway.Core.History;

namespace Slipway.Core.Notes;

/// <summary>
/// Who is a bot: a name or login that ends in "[bot]"; an e-mail whose user part does (GitHub's
/// address for an app, <c>123456+red-hat-konflux[bot]@users.noreply.github.com</c>, whose commits
/// may carry the name "red-hat-konflux" alone); dependabot, renovate and github-actions; a name or
/// login listed in <c>notes.bots</c>; and, with a token, whoever the forge says is a bot (its
/// author's IsBot). Names compare case-insensitively and whole.
/// </summary>
public sealed class BotRecognizer(IReadOnlyList<string> configured)
{
    private static readonly string[] Known = ["dependabot", "renovate", "github-actions", "renovate-bot", "dependabot-preview"];

    private readonly HashSet<string> _names = new(Known.Concat(configured), StringComparer.OrdinalIgnoreCase);

    public bool IsBot(Person person) => IsBotName(person.Name) || IsBotName(EmailUser(person.Email));

    /// <summary>Whether a login (or name) is a bot's.</summary>
    public bool IsBotName(string? name) =>
        name is { Length: > 0 } && (name.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase) || _names.Contains(name));

    // The user part of an e-mail, without GitHub's "123456+" id prefix of a noreply address.
    private static string EmailUser(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var user = at < 0 ? email : email[..at];
        var plus = user.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 && email.EndsWith("@users.noreply.github.com", StringComparison.OrdinalIgnoreCase) ? user[(plus + 1)..] : user;
    }
}

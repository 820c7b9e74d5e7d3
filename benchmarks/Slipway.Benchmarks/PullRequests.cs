using System.Text;
using static Slipway.Benchmarks.HistoryVocabulary;

namespace Slipway.Benchmarks;

/// <summary>
/// One pull request as it lands on main. <see cref="Title"/> is the conventional subject without
/// the PR number; <see cref="Body"/> is empty or paragraphs ending in a newline.
/// </summary>
internal sealed record PullRequest(int Number, Person Author, string Title, string Body, string Branch, bool ByBot)
{
    /// <summary>The squash-merge message GitHub writes: title, PR number, then the PR's description.</summary>
    public string SquashMessage => Body.Length == 0 ? $"{Title} (#{Number})\n" : $"{Title} (#{Number})\n\n{Body}";

    /// <summary>The merge-commit message GitHub writes: the PR title is the body.</summary>
    public string MergeMessage => $"Merge pull request #{Number} from {Branch}\n\n{Title}\n";
}

/// <summary>
/// Makes the pull requests of the generated history from one seeded <see cref="Random"/>: the same
/// sequence of calls gives the same history on every machine.
/// </summary>
internal sealed class PullRequests(Random random)
{
    private readonly Person[] humans = Humans();
    private int number;

    public PullRequest Next()
    {
        // Issues share GitHub's number space, so PR numbers have gaps.
        number += 1 + random.Next(3);
        return random.Next(100) < 12 ? Dependency() : ByHuman();
    }

    /// <summary>A commit on a PR branch before it is merged; never a conventional subject.</summary>
    public string BranchSubject() => random.Pick(BranchWork);

    /// <summary>A few maintainers write most of the commits, as in real projects.</summary>
    public Person Human() => humans[(int)(humans.Length * Math.Pow(random.NextDouble(), 2.5))];

    private PullRequest ByHuman()
    {
        var author = Human();
        var type = random.Pick(Types);
        var scope = random.Next(2) == 0 ? $"({random.Pick(Scopes)})" : string.Empty;
        var description = $"{random.Pick(Verbs[type])} {(random.Next(3) == 0 ? random.Pick(Adjectives) + " " : string.Empty)}{random.Pick(Nouns)}";

        // About 2% of all PRs breaking (bots never are): half marked with "!", half with a footer.
        var breaking = random.Next(1000) < 23 ? random.Next(2) + 1 : 0;
        var title = $"{type}{scope}{(breaking == 1 ? "!" : string.Empty)}: {description}";
        var branchOwner = random.Next(2) == 0 ? "bench" : Login(author);
        var branch = $"{branchOwner}/{type}/{description.Replace(' ', '-')}";
        return new PullRequest(number, author, title, HumanBody(author, breaking == 2), branch, ByBot: false);
    }

    private string HumanBody(Person author, bool breakingFooter)
    {
        var body = new StringBuilder();
        if (random.Next(100) < 85)
        {
            var paragraphs = random.Next(1, 4);
            for (var p = 0; p < paragraphs; p++)
            {
                body.Append(Paragraph()).Append('\n');
                if (p < paragraphs - 1)
                {
                    body.Append('\n');
                }
            }
        }

        var trailers = new StringBuilder();
        if (breakingFooter)
        {
            trailers.Append($"BREAKING CHANGE: the {random.Pick(Nouns)} is now {random.Pick(Adjectives)} by default\n");
        }

        if (random.Next(100) < 15)
        {
            trailers.Append($"Co-authored-by: {Human()}\n");
        }

        if (random.Next(100) < 75)
        {
            trailers.Append($"Signed-off-by: {author}\n");
        }

        if (trailers.Length > 0)
        {
            // Trailers are the last paragraph: separated from the text by a blank line.
            body.Append(body.Length > 0 ? "\n" : string.Empty).Append(trailers);
        }

        return body.ToString();
    }

    private string Paragraph()
    {
        var text = new StringBuilder();
        var sentences = random.Next(1, 5);
        for (var s = 0; s < sentences; s++)
        {
            text.Append(s == 0 ? string.Empty : " ");
            text.Append(random.Next(3) switch
            {
                0 => $"The {random.Pick(Nouns)} no longer depends on the {random.Pick(Adjectives)} {random.Pick(Nouns)}.",
                1 => $"When the {random.Pick(Nouns)} is {random.Pick(Adjectives)}, the {random.Pick(Nouns)} used to fail.",
                _ => $"This makes the {random.Pick(Nouns)} consistent with the {random.Pick(Adjectives)} {random.Pick(Nouns)} case.",
            });
        }

        return Wrap(text.ToString(), 72);
    }

    private PullRequest Dependency()
    {
        var bot = random.Next(3) == 0 ? Renovate : Dependabot;
        var package = random.Pick(Packages);
        var (from, to) = Versions();
        var title = $"chore(deps): bump {package} from {from} to {to}";
        var body = bot == Dependabot
            ? $"Bumps [{package}](https://github.com/{package}) from {from} to {to}.\n- [Release notes](https://github.com/{package}/releases)\n- [Commits](https://github.com/{package}/compare/v{from}...v{to})\n\n---\nupdated-dependencies:\n- dependency-name: {package}\n  dependency-type: direct:production\n...\n\nSigned-off-by: {bot}\n"
            : $"This PR contains the following updates:\n\n| Package | Change |\n|---|---|\n| {package} | `{from}` -> `{to}` |\n";
        return new PullRequest(number, bot, title, body, $"bench/{bot.Name.Replace("[bot]", string.Empty, StringComparison.Ordinal)}/{package}-{to}", ByBot: true);
    }

    private (string From, string To) Versions()
    {
        int major = random.Next(0, 5), minor = random.Next(0, 30), patch = random.Next(0, 20);
        var from = $"{major}.{minor}.{patch}";
        return (from, random.Next(4) == 0 ? $"{major}.{minor + 1}.0" : $"{major}.{minor}.{patch + 1}");
    }

    private static string Wrap(string text, int width)
    {
        var wrapped = new StringBuilder(text.Length + 8);
        var column = 0;
        foreach (var word in text.Split(' '))
        {
            if (column > 0 && column + 1 + word.Length > width)
            {
                wrapped.Append('\n');
                column = 0;
            }
            else if (column > 0)
            {
                wrapped.Append(' ');
                column++;
            }

            wrapped.Append(word);
            column += word.Length;
        }

        return wrapped.ToString();
    }
}

internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

namespace Slipway.Core.Notes.Styles;

/// <summary>
/// Checks each Handlebars expression of a notes template against the helpers a notes template has,
/// before it is compiled: Handlebars.Net finds an unknown helper, a missing partial or a wrong number
/// of arguments only while rendering, and says neither where nor in which file.
/// </summary>
internal static class TemplateExpressionChecker
{
    // Helper name → the numbers of arguments it takes (null: any number).
    private static readonly Dictionary<string, int[]?> Helpers = new(StringComparer.Ordinal)
    {
        ["capitalize"] = [1],
        ["eq"] = [2],
        ["lookup"] = [2, 3],
        ["log"] = null,
    };

    private static readonly Dictionary<string, int[]> BlockHelpers = new(StringComparer.Ordinal)
    {
        ["if"] = [1],
        ["unless"] = [1],
        ["each"] = [1],
        ["with"] = [1],
    };

    private static string HelperList => string.Join(", ", Helpers.Keys.Concat(BlockHelpers.Keys.Select(b => "#" + b)));

    /// <summary>What is wrong with the expression <paramref name="token"/> (the text between the braces, trimmed), or null.</summary>
    public static string? Problem(string token)
    {
        if (token.Length == 0 || token[0] is '!' or '/')
        {
            return null;
        }

        if (token[0] is '>' or '*' || token.StartsWith("#>", StringComparison.Ordinal) || token.StartsWith("#*", StringComparison.Ordinal))
        {
            return "partials and inline partials are not available: a notes template is one file";
        }

        var block = token[0] is '#' or '^';
        var body = block ? token[1..] : token.TrimStart('&');
        if (body == "else" || body.StartsWith("else ", StringComparison.Ordinal))
        {
            (block, body) = (true, body[4..].Trim());
            if (body.Length == 0)
            {
                return null;
            }
        }

        return Call(Words(body), block);
    }

    private static string? Call(List<string> words, bool block)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var name = words[0];
        var arguments = words.Skip(1).TakeWhile(w => w != "as").Where(w => !IsHashArgument(w)).ToList();
        if (arguments.Select(Subexpression).FirstOrDefault(p => p is not null) is { } inner)
        {
            return inner;
        }

        int[]? counts;
        if (block && BlockHelpers.TryGetValue(name, out var blockCounts))
        {
            counts = blockCounts;
        }
        else if (!Helpers.TryGetValue(name, out counts))
        {
            // A name without arguments is a value ({{version}}, or a section {{#changes}}…{{/changes}}).
            return arguments.Count == 0 ? null : $"unknown helper '{name}'; the helpers are {HelperList}";
        }

        return counts is null || counts.Contains(arguments.Count)
            ? null
            : $"'{name}' takes {string.Join(" or ", counts)} argument(s), found {arguments.Count}";
    }

    private static string? Subexpression(string word) =>
        word.Length > 1 && word[0] == '(' && word[^1] == ')' ? Call(Words(word[1..^1]), block: false) : null;

    private static bool IsHashArgument(string word)
    {
        var equals = word.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && word[0] is not ('"' or '\'' or '(');
    }

    // Words separated by white space, keeping quoted strings, (subexpressions) and |block params| whole.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        var depth = 0;
        char? quote = null;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                continue;
            }

            if (char.IsWhiteSpace(c) && depth == 0)
            {
                if (start >= 0)
                {
                    words.Add(text[start..i]);
                    start = -1;
                }

                continue;
            }

            start = start < 0 ? i : start;
            if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        return words;
    }
}

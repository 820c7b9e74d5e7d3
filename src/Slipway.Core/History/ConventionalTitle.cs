namespace Slipway.Core.History;

/// <summary>
/// What a subject says as a conventional commit, <c>type(scope)!: description</c>, as a value: the
/// reader of a long history asks it of every commit, and most of them need no object for it.
/// </summary>
/// <param name="Bang">Whether the type is followed by <c>!</c> (a breaking change without a footer).</param>
/// <param name="DescriptionStart">Where the description starts in the subject.</param>
public readonly record struct ConventionalTitle(string Type, string? Scope, bool Bang, int DescriptionStart)
{
    /// <summary>The subject read as a conventional commit, or null when it is not one. Parsed by hand: it runs for every commit.</summary>
    public static ConventionalTitle? Read(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !char.IsAsciiLetter(text[0]))
        {
            return null;
        }

        var typeEnd = 1;
        while (typeEnd < text.Length && (char.IsAsciiLetterOrDigit(text[typeEnd]) || text[typeEnd] == '-'))
        {
            typeEnd++;
        }

        var position = typeEnd;
        string? scope = null;
        if (position < text.Length && text[position] == '(')
        {
            var close = text[(position + 1)..].IndexOfAny('(', ')');
            if (close < 0 || text[position + 1 + close] != ')')
            {
                return null;
            }

            var scopeText = text.Slice(position + 1, close).Trim();
            scope = scopeText.IsEmpty ? null : scopeText.ToString();
            position += close + 2;
        }

        var bang = position < text.Length && text[position] == '!';
        position += bang ? 1 : 0;
        if (position + 2 >= text.Length || text[position] != ':' || text[position + 1] != ' ' || char.IsWhiteSpace(text[position + 2]))
        {
            return null;
        }

        var start = position + 2;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return new ConventionalTitle(TypeName(text[..typeEnd]), scope, bang, start);
    }

    // The usual types come back as literals, so a large history does not allocate one string per commit for them.
    private static string TypeName(ReadOnlySpan<char> type) => type switch
    {
        "feat" => "feat",
        "fix" => "fix",
        "chore" => "chore",
        "docs" => "docs",
        "refactor" => "refactor",
        "test" => "test",
        "ci" => "ci",
        "build" => "build",
        "perf" => "perf",
        "style" => "style",
        "revert" => "revert",
        _ => type.ToString().ToLowerInvariant(),
    };
}

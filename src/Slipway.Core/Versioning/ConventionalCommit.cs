using Slipway.Core.History;

namespace Slipway.Core.Versioning;

/// <summary>
/// A commit subject read as Conventional Commits 1.0.0 defines it: <c>type(scope)!: description</c>,
/// with breaking changes marked by <c>!</c> or a <c>BREAKING CHANGE</c> / <c>BREAKING-CHANGE</c>
/// footer. Types compare case-insensitively and are kept lower-case. Parsed by hand rather than by a
/// regular expression because it runs for every commit of the history.
/// </summary>
public sealed record ConventionalCommit(string Type, string? Scope, bool Breaking, string Subject, int DescriptionStart, string? BreakingNote)
{
    /// <summary>What the commit does: the subject after <c>type(scope)!: </c>.</summary>
    public string Description => Subject[DescriptionStart..];

    /// <summary>The subject read as a conventional commit, or null when it is not one ("Add …", "Merge …").</summary>
    public static ConventionalCommit? Parse(string subject, IReadOnlyList<Trailer>? trailers = null)
    {
        var text = subject.AsSpan();
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

        var note = trailers is { Count: > 0 } ? BreakingNoteOf(trailers) : null;
        var start = position + 2;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        // The subject is kept whole and the description located in it: no copy per commit.
        var trimmed = subject.TrimEnd();
        return new ConventionalCommit(TypeName(text[..typeEnd]), scope, bang || note is not null, trimmed, start, note);
    }

    /// <summary>The text of a BREAKING CHANGE footer, if the trailers have one (for any subject, conventional or not).</summary>
    public static string? BreakingNoteOf(IReadOnlyList<Trailer>? trailers)
    {
        foreach (var trailer in trailers ?? [])
        {
            if (trailer.Key is "BREAKING CHANGE" or "BREAKING-CHANGE")
            {
                return trailer.Value;
            }
        }

        return null;
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

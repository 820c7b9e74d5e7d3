namespace Slipway.Core.Editing.Locators.Make;

/// <summary>The small pieces of GNU make's grammar the Makefile reader needs, working on offsets into the text.</summary>
internal static class MakeSyntax
{
    /// <summary>
    /// Where a comment starts in [start, end), or <paramref name="end"/>: the first '#' that is not
    /// escaped by an odd number of backslashes and not inside a variable reference or function call
    /// (<c>$(subst x,#,y)</c>), as make 4.3 finds it.
    /// </summary>
    public static int CommentStart(string text, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '$' && i + 1 < end && text[i + 1] is '(' or '{')
            {
                depth++;
                i++;
            }
            else if (depth > 0 && c is ')' or '}')
            {
                depth--;
            }
            else if (c == '#' && depth == 0 && Backslashes(text, start, i) % 2 == 0)
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>Whether a line's first word is <paramref name="word"/>, followed by a blank, a comment or its end.</summary>
    public static bool StartsWithWord(ReadOnlySpan<char> line, string word)
    {
        var trimmed = line.TrimStart(" \t");
        return trimmed.StartsWith(word, StringComparison.Ordinal) && (trimmed.Length == word.Length || trimmed[word.Length] is ' ' or '\t' or '#' or '\\');
    }

    /// <summary>The first of <paramref name="words"/> that starts the line as a word, or null.</summary>
    public static string? FirstWord(ReadOnlySpan<char> line, string[] words)
    {
        foreach (var word in words)
        {
            if (StartsWithWord(line, word))
            {
                return word;
            }
        }

        return null;
    }

    public static int SkipBlanks(string text, int p, int end)
    {
        while (p < end && IsBlank(text, p))
        {
            p++;
        }

        return p;
    }

    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && IsBlank(text, end - 1))
        {
            end--;
        }

        return end;
    }

    // A backslash-newline inside a logical line reads as a blank, as make collapses it to one.
    public static bool IsBlank(string text, int i) => text[i] is ' ' or '\t' or '\r' or '\n'
        || (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '\n' or '\r');

    public static int TokenEnd(string text, int p, int end)
    {
        while (p < end && !IsBlank(text, p))
        {
            p++;
        }

        return p;
    }

    private static int Backslashes(string text, int start, int at)
    {
        var count = 0;
        for (var i = at - 1; i >= start && text[i] == '\\'; i--)
        {
            count++;
        }

        return count;
    }
}

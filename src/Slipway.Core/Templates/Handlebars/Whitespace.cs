namespace Slipway.Core.Templates.Handlebars;

/// <summary>
/// Handlebars' whitespace rules, so a template can put each block tag on a line of its own:
/// a block tag (<c>{{#x}}</c>, <c>{{^x}}</c>, <c>{{/x}}</c>, <c>{{else}}</c>) or a comment that is alone on
/// its line takes that line with it (the indentation before it and the line break after it); a value
/// (<c>{{x}}</c>) never does. <c>{{~</c> and <c>~}}</c> remove all whitespace, line breaks included, on their side.
/// </summary>
internal static class Whitespace
{
    public static void Apply(List<Token> tokens)
    {
        // Decided on the text as written, then applied: removing one tag's line must not make the next tag look alone.
        var standalone = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            standalone[i] = tokens[i].Kind is not (TokenKind.Text or TokenKind.Value)
                && OnlyIndentBefore(tokens, i) && OnlyLineEndAfter(tokens, i);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (standalone[i])
            {
                if (i > 0)
                {
                    tokens[i - 1].Text = tokens[i - 1].Text.TrimEnd(' ', '\t');
                }

                if (i + 1 < tokens.Count)
                {
                    tokens[i + 1].Text = WithoutFirstLineEnd(tokens[i + 1].Text);
                }
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].StripBefore && i > 0 && tokens[i - 1].Kind == TokenKind.Text)
            {
                tokens[i - 1].Text = tokens[i - 1].Text.TrimEnd();
            }

            if (tokens[i].StripAfter && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Text)
            {
                tokens[i + 1].Text = tokens[i + 1].Text.TrimStart();
            }
        }
    }

    // The tag starts its line: the template's start, or text whose last line is blank (and, unless it is the
    // template's first token, which has a line break).
    private static bool OnlyIndentBefore(List<Token> tokens, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var before = tokens[i - 1];
        if (before.Kind != TokenKind.Text)
        {
            return false;
        }

        var lastBreak = before.Text.LastIndexOf('\n');
        return IsBlank(before.Text.AsSpan(lastBreak + 1)) && (lastBreak >= 0 || i == 1);
    }

    // The tag ends its line: the template's end, or text that starts with blanks and a line break (or is blank to the end).
    private static bool OnlyLineEndAfter(List<Token> tokens, int i)
    {
        if (i + 1 == tokens.Count)
        {
            return true;
        }

        var after = tokens[i + 1];
        if (after.Kind != TokenKind.Text)
        {
            return false;
        }

        var firstBreak = after.Text.IndexOf('\n');
        return firstBreak >= 0 ? IsBlank(after.Text.AsSpan(0, firstBreak).TrimEnd('\r')) : i + 2 == tokens.Count && IsBlank(after.Text);
    }

    private static string WithoutFirstLineEnd(string text)
    {
        var firstBreak = text.IndexOf('\n');
        return firstBreak >= 0 ? text[(firstBreak + 1)..] : string.Empty;
    }

    private static bool IsBlank(ReadOnlySpan<char> text) => text.TrimStart(" \t").IsEmpty;
}

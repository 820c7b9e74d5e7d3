namespace Slipway.Core.Templates.Handlebars;

internal enum TokenKind
{
    Text,
    Value,
    Open,
    OpenInverted,
    Close,
    Else,
    Comment,
}

/// <summary>A run of literal text, or one tag: its kind, what is inside its braces (without the sigil), and where it starts.</summary>
internal sealed class Token(TokenKind kind, string text, int line, int column)
{
    public TokenKind Kind { get; } = kind;

    public string Text { get; set; } = text;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>'{{~': the whitespace before the tag is removed.</summary>
    public bool StripBefore { get; init; }

    /// <summary>'~}}': the whitespace after the tag is removed.</summary>
    public bool StripAfter { get; init; }
}

/// <summary>
/// Splits a template into text and tags as Handlebars does: <c>{{x}}</c>, <c>{{{x}}}</c>, <c>{{&amp;x}}</c>,
/// <c>{{#x}}</c>, <c>{{^x}}</c>, <c>{{/x}}</c>, <c>{{else}}</c>, comments (<c>{{!…}}</c>, <c>{{!--…--}}</c>),
/// <c>\{{</c> for literal braces, and the whitespace rules (see <see cref="Whitespace"/>).
/// </summary>
internal static class TagScanner
{
    public static List<Token> Scan(string text)
    {
        var tokens = new List<Token>();
        var literal = new System.Text.StringBuilder();
        var position = 0;
        var line = 1;
        var lineStart = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                literal.Append(text, position, text.Length - position);
                break;
            }

            if (open > 0 && text[open - 1] == '\\')
            {
                literal.Append(text, position, open - 1 - position).Append("{{");
                position = open + 2;
                continue;
            }

            literal.Append(text, position, open - position);
            Advance(text, position, open, ref line, ref lineStart);
            if (literal.Length > 0)
            {
                tokens.Add(new Token(TokenKind.Text, literal.ToString(), line, open - lineStart + 1));
                literal.Clear();
            }

            var (tag, end) = ReadTag(text, open, line, open - lineStart + 1);
            tokens.Add(tag);
            Advance(text, open, end, ref line, ref lineStart);
            position = end;
        }

        if (literal.Length > 0)
        {
            tokens.Add(new Token(TokenKind.Text, literal.ToString(), line, 0));
        }

        Whitespace.Apply(tokens);
        tokens.RemoveAll(t => t.Kind == TokenKind.Text && t.Text.Length == 0);
        return tokens;
    }

    private static void Advance(string text, int from, int to, ref int line, ref int lineStart)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
    }

    /// <summary>Reads the tag that starts at <paramref name="open"/>; returns it and the index just past its closing braces.</summary>
    private static (Token Tag, int End) ReadTag(string text, int open, int line, int column)
    {
        var start = open + 2;
        var triple = start < text.Length && text[start] == '{';
        start += triple ? 1 : 0;
        var stripBefore = start < text.Length && text[start] == '~';
        start += stripBefore ? 1 : 0;
        var longComment = string.CompareOrdinal(text, start, "!--", 0, 3) == 0;
        var (end, closer) = longComment ? LongCommentEnd(text, start + 3)
            : (text.IndexOf(triple ? "}}}" : "}}", start, StringComparison.Ordinal), triple ? 3 : 2);
        if (end < 0)
        {
            throw new HandlebarsSyntaxException($"'{{{{' is never closed with '{(triple ? "}}}" : "}}")}'", line, column);
        }

        var inside = text[start..end];
        var stripAfter = inside.EndsWith('~');
        inside = stripAfter ? inside[..^1] : inside;
        var (kind, body) = longComment ? (TokenKind.Comment, inside) : Classify(inside.Trim(), triple, line, column);
        return (new Token(kind, body, line, column) { StripBefore = stripBefore, StripAfter = stripAfter }, end + closer);
    }

    // "{{!-- … --}}" may hold "}}": it ends at "--}}" or "--~}}".
    private static (int End, int Closer) LongCommentEnd(string text, int from)
    {
        var plain = text.IndexOf("--}}", from, StringComparison.Ordinal);
        var tilde = text.IndexOf("--~}}", from, StringComparison.Ordinal);
        return tilde >= 0 && (plain < 0 || tilde < plain) ? (tilde + 2, 3) : (plain, 4);
    }

    private static (TokenKind Kind, string Body) Classify(string inside, bool triple, int line, int column)
    {
        if (triple || inside.Length == 0)
        {
            return (TokenKind.Value, inside);
        }

        var rest = inside[1..].Trim();
        switch (inside[0])
        {
            case '!':
                return (TokenKind.Comment, rest);
            case '&':
                return (TokenKind.Value, rest);
            case '#' when rest.StartsWith('>') || rest.StartsWith('*'):
            case '>':
                throw new HandlebarsSyntaxException("partials and inline partials are not available: a notes template is one file", line, column);
            case '#':
                return (TokenKind.Open, rest);
            case '^':
                return (rest.Length == 0 ? TokenKind.Else : TokenKind.OpenInverted, rest);
            case '/':
                return (TokenKind.Close, rest);
        }

        if (inside == "else" || inside.StartsWith("else", StringComparison.Ordinal) && char.IsWhiteSpace(inside[4]))
        {
            return (TokenKind.Else, inside[4..].Trim());
        }

        return (TokenKind.Value, inside);
    }
}

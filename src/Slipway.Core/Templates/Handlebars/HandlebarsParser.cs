namespace Slipway.Core.Templates.Handlebars;

/// <summary>Builds the tree of a template from its tokens; every mistake is reported at the tag that makes it.</summary>
internal sealed class HandlebarsParser(List<Token> tokens, IReadOnlyDictionary<string, HandlebarsHelper> helpers)
{
    private int _next;

    public IReadOnlyList<TemplateNode> ParseTemplate()
    {
        var nodes = ParseNodes(out var stop);
        return stop switch
        {
            null => nodes,
            { Kind: TokenKind.Close } => throw Error(stop, $"'{{{{/{Name(stop)}}}}}' closes a block that was never opened"),
            _ => throw Error(stop, "'{{else}}' is outside any block"),
        };
    }

    /// <summary>Reads until the end of the template, a <c>{{/x}}</c> or an <c>{{else}}</c>, and returns that tag in <paramref name="stop"/>.</summary>
    private List<TemplateNode> ParseNodes(out Token? stop)
    {
        var nodes = new List<TemplateNode>();
        while (_next < tokens.Count)
        {
            var token = tokens[_next++];
            switch (token.Kind)
            {
                case TokenKind.Text:
                    nodes.Add(new TextNode(token.Text));
                    break;
                case TokenKind.Comment:
                    break;
                case TokenKind.Value:
                    nodes.Add(new ValueNode(Value(token)));
                    break;
                case TokenKind.Open or TokenKind.OpenInverted:
                    nodes.Add(Block(token, token));
                    break;
                default:
                    stop = token;
                    return nodes;
            }
        }

        stop = null;
        return nodes;
    }

    /// <summary>The block that <paramref name="head"/> starts: the opening tag itself, or an <c>{{else if …}}</c> chained to <paramref name="opener"/>, whose <c>{{/x}}</c> ends both.</summary>
    private BlockNode Block(Token head, Token opener)
    {
        var (kind, subject, blockParams) = Head(head);
        var body = ParseNodes(out var stop);
        if (stop is { Kind: TokenKind.Else, Text.Length: > 0 })
        {
            return new BlockNode(kind, subject, blockParams, body, [Block(stop, opener)]);
        }

        IReadOnlyList<TemplateNode> inverse = [];
        if (stop is { Kind: TokenKind.Else })
        {
            inverse = ParseNodes(out stop);
            if (stop is { Kind: TokenKind.Else })
            {
                throw Error(stop, $"'{Tag(opener)}' has a second '{{{{else}}}}'");
            }
        }

        if (stop is null)
        {
            throw Error(opener, $"'{Tag(opener)}' is never closed with '{{{{/{Name(opener)}}}}}'");
        }

        if (!string.Equals(Name(stop), Name(opener), StringComparison.Ordinal))
        {
            throw Error(stop, $"'{{{{/{Name(stop)}}}}}' closes '{Tag(opener)}' opened at {opener.Line}:{opener.Column}");
        }

        return new BlockNode(kind, subject, blockParams, body, inverse);
    }

    private (BlockKind Kind, Expr Subject, IReadOnlyList<string> BlockParams) Head(Token tag)
    {
        var parts = TagExpression.Read(tag, helpers);
        if (parts.Items.Count == 0 || parts.Items[0] is not PathExpr name)
        {
            throw Error(tag, $"'{Tag(tag)}' needs a value to test or loop over");
        }

        var arguments = parts.Items.Skip(1).ToList();

        var kind = tag.Kind == TokenKind.OpenInverted ? BlockKind.InvertedSection : name.IsBareName ? Builtin(name.Text) : null;
        if (kind is null && name.IsBareName && helpers.ContainsKey(name.Text))
        {
            throw Error(tag, $"'{name.Text}' is not a block helper; use it as a value, as in {{{{#if ({name.Text} …)}}}}");
        }

        var subject = kind is BlockKind.InvertedSection or null ? name : arguments.FirstOrDefault();
        var expected = kind is BlockKind.InvertedSection or null ? 0 : 1;
        if (subject is null || arguments.Count != expected)
        {
            throw Error(tag, kind is null or BlockKind.InvertedSection
                ? $"'{Tag(tag)}' is not a block: the blocks are if, unless, each and with, and {{{{#path}}}}; found '{tag.Text}'"
                : $"'{name.Text}' takes 1 argument(s), found {arguments.Count}");
        }

        if (parts.BlockParams.Count > (kind is BlockKind.Each ? 2 : kind is BlockKind.With ? 1 : 0))
        {
            throw Error(tag, $"'{Tag(tag)}' cannot take these block parameters: as |{string.Join(' ', parts.BlockParams)}|");
        }

        return (kind ?? BlockKind.Section, subject, parts.BlockParams);
    }

    private static BlockKind? Builtin(string name) => name switch
    {
        "if" => BlockKind.If,
        "unless" => BlockKind.Unless,
        "each" => BlockKind.Each,
        "with" => BlockKind.With,
        _ => null,
    };

    private Expr Value(Token tag)
    {
        var (items, blockParams) = TagExpression.Read(tag, helpers);
        if (blockParams.Count > 0)
        {
            throw Error(tag, $"block parameters belong to '{{{{#each}}}}' and '{{{{#with}}}}'; found '{tag.Text}'");
        }

        if (items.Count > 0 && items[0] is PathExpr { IsBareName: true } name && (helpers.ContainsKey(name.Text) || items.Count > 1))
        {
            return TagExpression.Call(tag, helpers, name.Text, items.Skip(1).ToList());
        }

        return items.Count switch
        {
            0 => throw Error(tag, "'{{}}' is empty"),
            1 => items[0],
            _ => throw Error(tag, $"only a helper takes values; found '{tag.Text}'"),
        };
    }

    /// <summary>The block's name, which its closing tag repeats: the first word of the tag.</summary>
    private static string Name(Token tag) => tag.Text.Split([' ', '\t', '\r', '\n', '~'], 2)[0];

    private static string Tag(Token tag) => $"{{{{{(tag.Kind == TokenKind.OpenInverted ? '^' : '#')}{Name(tag)}}}}}";

    private static HandlebarsSyntaxException Error(Token tag, string reason) => new(reason, tag.Line, tag.Column);
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace Slipway.Core.Templates.Handlebars;

internal abstract record Expr;

/// <summary>A path into the data: <c>title</c>, <c>author.display</c>, <c>../title</c>, <c>this</c>, <c>@index</c>, <c>@root.tag</c>.</summary>
internal sealed record PathExpr(string Text, bool IsData, int Depth, IReadOnlyList<string> Segments) : Expr
{
    /// <summary>A bare name, which may name a helper: not <c>this.x</c>, <c>./x</c>, <c>../x</c> or <c>@x</c>.</summary>
    public bool IsBareName => !IsData && Depth == 0 && Segments.Count == 1 && Text == Segments[0];
}

internal sealed record LiteralExpr(JsonNode? Value) : Expr;

internal sealed record CallExpr(string Name, HandlebarsHelper Helper, IReadOnlyList<Expr> Arguments) : Expr;

/// <summary>What a tag holds: its items (a helper's name first when it calls one) and its block parameters (<c>as |item i|</c>).</summary>
internal sealed record TagParts(IReadOnlyList<Expr> Items, IReadOnlyList<string> BlockParams);

/// <summary>Reads the inside of a tag: paths, string, number and <c>true</c>/<c>false</c>/<c>null</c> literals, and <c>(helper args)</c>.</summary>
internal sealed class TagExpression(string text, Token tag, IReadOnlyDictionary<string, HandlebarsHelper> helpers)
{
    private int _position;

    public static TagParts Read(Token tag, IReadOnlyDictionary<string, HandlebarsHelper> helpers) => new TagExpression(tag.Text, tag, helpers).ReadAll();

    private TagParts ReadAll()
    {
        var items = ReadItems(closing: null);
        SkipBlanks();
        if (!AtBlockParams())
        {
            return new TagParts(items, []);
        }

        _position += 2;
        SkipBlanks();
        var end = _position < text.Length && text[_position] == '|' ? text.IndexOf('|', _position + 1) : -1;
        if (end < 0 || text[(end + 1)..].Trim().Length > 0)
        {
            throw Error($"block parameters are written 'as |name|' at the end of the tag; found '{text}'");
        }

        var names = text[(_position + 1)..end].Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return new TagParts(items, names);
    }

    private List<Expr> ReadItems(char? closing)
    {
        var items = new List<Expr>();
        while (true)
        {
            SkipBlanks();
            if (_position >= text.Length || text[_position] == closing || closing is null && AtBlockParams())
            {
                return items;
            }

            items.Add(ReadItem());
        }
    }

    private Expr ReadItem()
    {
        var c = text[_position];
        if (c == '(')
        {
            _position++;
            var inner = ReadItems(closing: ')');
            if (_position >= text.Length)
            {
                throw Error($"'(' is never closed with ')' in '{text}'");
            }

            _position++;
            return inner is [PathExpr { IsBareName: true } name, .. var arguments]
                ? Call(tag, helpers, name.Text, arguments)
                : throw Error($"a subexpression starts with a helper's name; found '{text}'");
        }

        if (c is '"' or '\'')
        {
            var end = text.IndexOf(c, _position + 1);
            if (end < 0)
            {
                throw Error($"the string {text[_position..]} is never closed with {c}");
            }

            var value = text[(_position + 1)..end];
            _position = end + 1;
            return new LiteralExpr(JsonValue.Create(value));
        }

        var start = _position;
        while (_position < text.Length && !char.IsWhiteSpace(text[_position]) && text[_position] is not ('(' or ')'))
        {
            _position = text[_position] == '[' && text.IndexOf(']', _position) is var close and > 0 ? close + 1 : _position + 1;
        }

        return Word(text[start.._position]);
    }

    /// <summary>A call of the helper <paramref name="name"/>, checked: it exists and gets as many values as it takes.</summary>
    public static CallExpr Call(Token tag, IReadOnlyDictionary<string, HandlebarsHelper> helpers, string name, IReadOnlyList<Expr> arguments)
    {
        if (!helpers.TryGetValue(name, out var helper))
        {
            throw new HandlebarsSyntaxException($"unknown helper '{name}'; the helpers are {string.Join(", ", helpers.Keys.Order(StringComparer.Ordinal))}, #if, #unless, #each, #with", tag.Line, tag.Column);
        }

        return arguments.Count == helper.Arity
            ? new CallExpr(name, helper, arguments)
            : throw new HandlebarsSyntaxException($"'{name}' takes {helper.Arity} argument(s), found {arguments.Count}", tag.Line, tag.Column);
    }

    private Expr Word(string word)
    {
        if (word.Contains('=', StringComparison.Ordinal) && !word.StartsWith('['))
        {
            throw Error($"hash arguments (name=value) are not supported; found '{word}'");
        }

        switch (word)
        {
            case "true" or "false":
                return new LiteralExpr(JsonValue.Create(word == "true"));
            case "null" or "undefined":
                return new LiteralExpr(null);
        }

        if (long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return new LiteralExpr(JsonValue.Create(whole));
        }

        if (double.TryParse(word, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return new LiteralExpr(JsonValue.Create(number));
        }

        return PathParser.Parse(word) ?? throw Error($"'{word}' is not a path");
    }

    private bool AtBlockParams() =>
        string.CompareOrdinal(text, _position, "as", 0, 2) == 0 && text.AsSpan(_position + 2).TrimStart().StartsWith('|');

    private void SkipBlanks()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }
    }

    private HandlebarsSyntaxException Error(string reason) => new(reason, tag.Line, tag.Column);
}

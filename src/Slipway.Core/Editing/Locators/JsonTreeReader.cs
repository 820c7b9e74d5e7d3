using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Editing.Locators;

/// <summary>
/// A small JSON reader that records the span of every value. It accepts the comments and trailing
/// commas of JSONC (tsconfig.json, devcontainer.json) because real version files contain them.
/// </summary>
internal sealed partial class JsonTreeReader(string text)
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private const int MaxDepth = 256;

    private int _position;
    private int _depth;

    public static SpanNode Read(string text)
    {
        var reader = new JsonTreeReader(text);
        reader.SkipTrivia();
        var root = reader.ReadValue();
        reader.SkipTrivia();
        if (reader._position < text.Length)
        {
            throw reader.Error("unexpected text after the JSON value");
        }

        return root;
    }

    private SpanNode ReadValue()
    {
        if (_position >= text.Length)
        {
            throw Error("unexpected end of the file, a value was expected");
        }

        if (text[_position] is not ('{' or '['))
        {
            return text[_position] == '"' ? ReadString() : ReadLiteral();
        }

        // One stack frame per level: a hostile file of 200,000 '[' would overflow the stack, which no handler catches.
        if (++_depth > MaxDepth)
        {
            throw Error($"arrays and objects are nested more than {MaxDepth} deep here; Slipway does not read deeper nesting");
        }

        SpanNode node = text[_position] == '{' ? ReadObject() : ReadArray();
        _depth--;
        return node;
    }

    private MappingNode ReadObject()
    {
        var node = new MappingNode(_position++);
        while (true)
        {
            SkipTrivia();
            if (Peek() == '}')
            {
                _position++;
                return node;
            }

            if (Peek() != '"')
            {
                throw Error("expected a property name in double quotes or '}'");
            }

            var key = ReadString().Value;
            SkipTrivia();
            Expect(':');
            SkipTrivia();
            node.Entries.Add(new(key, ReadValue()));
            SkipTrivia();
            if (Peek() == ',')
            {
                _position++;
            }
            else if (Peek() != '}')
            {
                throw Error("expected ',' or '}' after a property");
            }
        }
    }

    private SequenceNode ReadArray()
    {
        var node = new SequenceNode(_position++);
        while (true)
        {
            SkipTrivia();
            if (Peek() == ']')
            {
                _position++;
                return node;
            }

            node.Items.Add(ReadValue());
            SkipTrivia();
            if (Peek() == ',')
            {
                _position++;
            }
            else if (Peek() != ']')
            {
                throw Error("expected ',' or ']' after an array item");
            }
        }
    }

    private ScalarNode ReadString()
    {
        var open = _position++;
        var value = new StringBuilder();
        while (_position < text.Length && text[_position] != '"')
        {
            var c = text[_position++];
            if (c < 0x20)
            {
                _position--;
                throw Error(c is '\n' or '\r' ? "a line break inside a string" : $"a raw control character (U+{(int)c:X4}) inside a string; write it as \\u{(int)c:X4}");
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            if (_position >= text.Length)
            {
                break;
            }

            var escape = text[_position++];
            value.Append(escape switch
            {
                '"' or '\\' or '/' => escape.ToString(),
                'b' => "\b",
                'f' => "\f",
                'n' => "\n",
                'r' => "\r",
                't' => "\t",
                'u' when _position + 4 <= text.Length && text.AsSpan(_position, 4).IndexOfAnyExcept(HexDigits) < 0
                    => ((char)int.Parse(text.AsSpan(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)).ToString(),
                _ => throw Error($"invalid escape '\\{escape}'"),
            });
            if (escape == 'u')
            {
                _position += 4;
            }
        }

        if (_position >= text.Length)
        {
            _position = open;
            throw Error("the string opened here is not closed");
        }

        _position++;
        return new ScalarNode(open, value.ToString(), TextSpan.FromBounds(open + 1, _position - 1), ValueEncoding.JsonString);
    }

    private ScalarNode ReadLiteral()
    {
        var start = _position;
        while (_position < text.Length && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] is '-' or '+' or '.'))
        {
            _position++;
        }

        var literal = text[start.._position];
        var kind = literal switch
        {
            "true" or "false" => "a boolean",
            "null" => "null",
            _ when JsonNumber().IsMatch(literal) => "a number",
            _ => null,
        };
        if (kind is null)
        {
            _position = start;
            throw Error(literal.Length == 0 ? $"unexpected character '{Peek()}'" : $"'{literal}' is not a JSON value");
        }

        return new ScalarNode(start, literal, TextSpan.FromBounds(start, _position), ValueEncoding.Raw, kind + ", not a string");
    }

    private void SkipTrivia()
    {
        while (_position < text.Length)
        {
            if (char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
            else if (text.AsSpan(_position).StartsWith("//"))
            {
                var end = text.IndexOf('\n', _position);
                _position = end < 0 ? text.Length : end + 1;
            }
            else if (text.AsSpan(_position).StartsWith("/*"))
            {
                var end = text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                _position = end < 0 ? throw Error("the comment opened here is not closed") : end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private char Peek() => _position < text.Length ? text[_position] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"expected '{c}'");
        }

        _position++;
    }

    [GeneratedRegex(@"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$")]
    private static partial Regex JsonNumber();

    private LocateException Error(string message) => new($"not valid JSON: {message}", Math.Min(_position, text.Length));
}

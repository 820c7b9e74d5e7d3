using System.Text;

namespace Slipway.Core.Templates;

/// <summary>
/// Parses the template syntax: <c>{name}</c>, <c>{?name:text}</c>, <c>{!name:text}</c>, and <c>{{</c> / <c>}}</c>
/// for literal braces. Conditional parts may nest placeholders but not other conditionals.
/// </summary>
/// <remarks>
/// With <paramref name="shellBraces"/>, a '{' that cannot open a placeholder (followed by a space, as in
/// a shell's "{ cmd; }") is plain text, so command lines need no escaping; "{name}" is still checked.
/// </remarks>
internal sealed class TemplateParser(string text, IReadOnlySet<string> allowed, bool shellBraces = false)
{
    private int _position;

    public IReadOnlyList<TemplatePart> Parse()
    {
        var parts = ParseParts(insideConditional: false);
        return parts;
    }

    private List<TemplatePart> ParseParts(bool insideConditional)
    {
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        while (_position < text.Length)
        {
            var c = text[_position];
            if (c == '{' && Peek(1) == '{' || c == '}' && Peek(1) == '}')
            {
                literal.Append(c);
                _position += 2;
            }
            else if (c == '{' && shellBraces && !OpensPlaceholder())
            {
                literal.Append(c);
                _position++;
            }
            else if (c == '{')
            {
                Flush(parts, literal);
                parts.Add(ParseBraced(insideConditional));
            }
            else if (c == '}')
            {
                if (insideConditional)
                {
                    break;
                }

                if (shellBraces)
                {
                    literal.Append(c);
                    _position++;
                    continue;
                }

                throw new TemplateException("unmatched '}'; write '}}' for a literal brace", _position);
            }
            else
            {
                literal.Append(c);
                _position++;
            }
        }

        Flush(parts, literal);
        return parts;
    }

    private TemplatePart ParseBraced(bool insideConditional)
    {
        var open = _position++;
        if (Peek(0) is '?' or '!')
        {
            if (insideConditional)
            {
                throw new TemplateException("a conditional part cannot contain another one", open);
            }

            var whenPresent = text[_position++] == '?';
            var colon = text.IndexOf(':', _position);
            var close = text.IndexOf('}', _position);
            if (colon < 0 || (close >= 0 && close < colon))
            {
                throw new TemplateException("a conditional part is written {?name:text} or {!name:text}", open);
            }

            var name = ReadName(colon);
            _position = colon + 1;
            var inner = ParseParts(insideConditional: true);
            if (Peek(0) != '}')
            {
                throw new TemplateException("the conditional part opened here is not closed with '}'", open);
            }

            _position++;
            return new ConditionalPart(name, whenPresent, inner);
        }

        var end = text.IndexOf('}', _position);
        if (end < 0)
        {
            throw new TemplateException("the placeholder opened here is not closed with '}'", open);
        }

        var placeholder = ReadName(end);
        _position = end + 1;
        return new PlaceholderPart(placeholder);
    }

    private string ReadName(int end)
    {
        var start = _position;
        var name = text[start..end];
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new TemplateException($"'{{{name}}}' is not a placeholder name", start - 1);
        }

        if (!allowed.Contains(name))
        {
            var known = string.Join(", ", allowed.Order(StringComparer.Ordinal).Select(a => "{" + a + "}"));
            throw new TemplateException($"unknown placeholder '{{{name}}}'; allowed here: {known}", start - 1);
        }

        return name;
    }

    // "{name}", "{?name:" or "{!name:" — anything else after '{' is not a placeholder.
    private bool OpensPlaceholder()
    {
        var start = _position + 1 + (Peek(1) is '?' or '!' ? 1 : 0);
        var end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-'))
        {
            end++;
        }

        return end > start && end < text.Length && (text[end] == '}' || (text[end] == ':' && start > _position + 1));
    }

    private char Peek(int ahead) => _position + ahead < text.Length ? text[_position + ahead] : '\0';

    private static void Flush(List<TemplatePart> parts, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            parts.Add(new LiteralPart(literal.ToString()));
            literal.Clear();
        }
    }
}

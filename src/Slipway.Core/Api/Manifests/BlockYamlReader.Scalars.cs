namespace Slipway.Core.Api.Manifests;

/// <summary>The scalars of <see cref="BlockYamlReader"/>: plain (folded over several lines), quoted on one line, literal blocks, empty flow collections.</summary>
internal sealed partial class BlockYamlReader
{
    /// <summary>A scalar that starts with <paramref name="text"/> on the current line; <paramref name="parentIndent"/> is its key's or dash's indent.</summary>
    private ManifestNode Scalar(ReadOnlySpan<char> text, int parentIndent)
    {
        var line = _line + 1;
        if (text[0] == '|')
        {
            return Literal(text, parentIndent, line);
        }

        _line++;
        if (text[0] is '\'' or '"')
        {
            return new ManifestScalar(BlockYamlText.Quoted(text), true, line);
        }

        if (text[0] is '[' or '{')
        {
            return text.TrimEnd(' ') switch
            {
                "[]" => new ManifestList([], line),
                "{}" => ManifestMap.Empty(line),
                _ => throw new OutsideSubsetException(),
            };
        }

        var value = BlockYamlText.Plain(text);
        if (text.Contains(" #", StringComparison.Ordinal) || !Continues(parentIndent))
        {
            return new ManifestScalar(Shared(value), false, line);
        }

        // A plain scalar continued on more indented lines (until a comment): folded into one line with single spaces.
        _scratch.Clear().Append(value);
        for (; Continues(parentIndent); _line++)
        {
            _scratch.Append(' ').Append(BlockYamlText.Plain(Content(_line)));
        }

        return new ManifestScalar(_scratch.ToString(), false, line);
    }

    /// <summary>A literal block (<c>|</c>, <c>|-</c>, <c>|+</c>): its lines as written, less the block's indentation, chomped as the header says.</summary>
    private ManifestScalar Literal(ReadOnlySpan<char> header, int parentIndent, int line)
    {
        var chomp = header.TrimEnd(' ') switch
        {
            "|" => ' ',
            "|-" => '-',
            "|+" => '+',
            _ => throw new OutsideSubsetException(),
        };
        _line++;
        var first = _line;
        while (first < _lines.Count && IsBlank(first))
        {
            first++;
        }

        if (first >= _lines.Count || Indent(first) <= parentIndent || first != _line)
        {
            throw new OutsideSubsetException(); // empty, or starting with blank lines: left to the general parser
        }

        var indent = Indent(first);
        var text = _scratch.Clear();
        for (; _line < _lines.Count && (IsBlank(_line) || Indent(_line) >= indent); _line++)
        {
            var (start, end) = _lines[_line];
            if (IsBlank(_line) && end - start > indent)
            {
                throw new OutsideSubsetException(); // a blank line with spaces beyond the indentation keeps them: rare, left to the general parser
            }

            text.Append(IsBlank(_line) ? string.Empty : _text.Span.Slice(start + indent, end - start - indent)).Append('\n');
        }

        if (_line == _lines.Count && !_text.Span.EndsWith('\n'))
        {
            throw new OutsideSubsetException(); // a last line without its line break is not clipped the usual way
        }

        // Chomping: '-' strips the final line breaks, '+' keeps them all, the default keeps one.
        var kept = text.Length;
        while (chomp != '+' && kept > 0 && text[kept - 1] == '\n')
        {
            kept--;
        }

        return new ManifestScalar(text.ToString(0, chomp == ' ' ? kept + 1 : kept), true, line);
    }
}

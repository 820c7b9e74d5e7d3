using System.Text;

namespace Slipway.Core.Api.Manifests;

/// <summary>The scalars of <see cref="BlockYamlReader"/>: plain (folded over several lines), quoted on one line, literal blocks, empty flow collections.</summary>
internal sealed partial class BlockYamlReader
{
    /// <summary>A scalar that starts with <paramref name="text"/> on the current line; <paramref name="parentIndent"/> is its key's or dash's indent.</summary>
    private ManifestNode Scalar(ReadOnlySpan<byte> text, int parentIndent)
    {
        var line = _line + 1;
        if (text[0] == '|')
        {
            return Literal(text, parentIndent, line);
        }

        _line++;
        if (text[0] is (byte)'\'' or (byte)'"')
        {
            return new ManifestScalar(BlockYamlText.Quoted(text), true, line);
        }

        if (text[0] is (byte)'[' or (byte)'{')
        {
            var flow = text.TrimEnd((byte)' ');
            return flow.SequenceEqual("[]"u8) ? new ManifestList([], line)
                : flow.SequenceEqual("{}"u8) ? ManifestMap.Empty(line)
                : throw new OutsideSubsetException();
        }

        var value = BlockYamlText.Plain(text, out var comment);
        if (comment || !Continues(parentIndent))
        {
            // Only a short text can be a null, a boolean or (starting like one) a number: a long one stays bytes.
            return value.Length > SharedUpTo && !StartsLikeNumber(value[0]) ? Folded(value, line) : new ManifestScalar(Shared(value), false, line);
        }

        // A plain scalar continued on more indented lines (until a comment): folded into one line with single spaces.
        var continued = _line;
        var last = value;
        for (; Continues(parentIndent); _line++)
        {
            last = BlockYamlText.Plain(Content(_line), out var commented);
            comment |= commented;
        }

        if (!comment)
        {
            return Folded(_source.AsSpan(Offset(value)..(Offset(last) + last.Length)), line);
        }

        // A comment at the end of a line leaves that line's text out: the value is put together as written.
        var length = Append(0, value);
        for (var i = continued; i < _line; i++)
        {
            length = Append(Append(length, " "u8), BlockYamlText.Plain(Content(i), out _));
        }

        return new ManifestScalar(Encoding.UTF8.GetString(ScratchBytes, 0, length), false, line);
    }

    private static bool StartsLikeNumber(byte first) => first is (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'+' or (byte)'.';

    /// <summary>A text scalar kept as its bytes: <paramref name="lines"/>, a slice of the text, from the value's first character to its last.</summary>
    private ManifestScalar Folded(ReadOnlySpan<byte> lines, int line)
    {
        var folded = lines;
        if (lines.Contains((byte)'\n'))
        {
            var buffer = Scratch(lines.Length);
            folded = buffer.AsSpan(0, ManifestScalar.Fold(lines, buffer));
        }

        return new ManifestScalar(_source, Offset(lines), lines.Length, ManifestScalar.TextHash(folded), line);
    }

    /// <summary>A literal block (<c>|</c>, <c>|-</c>, <c>|+</c>): its lines as written, less the block's indentation, chomped as the header says.</summary>
    private ManifestScalar Literal(ReadOnlySpan<byte> header, int parentIndent, int line)
    {
        var indicator = header.TrimEnd((byte)' ');
        var chomp = indicator.SequenceEqual("|"u8) ? ' '
            : indicator.SequenceEqual("|-"u8) ? '-'
            : indicator.SequenceEqual("|+"u8) ? '+'
            : throw new OutsideSubsetException();
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
        var length = 0;
        for (; _line < _lines.Count && (IsBlank(_line) || Indent(_line) >= indent); _line++)
        {
            var (start, end, _, _) = _lines[_line];
            if (IsBlank(_line) && end - start > indent)
            {
                throw new OutsideSubsetException(); // a blank line with spaces beyond the indentation keeps them: rare, left to the general parser
            }

            length = Append(Append(length, IsBlank(_line) ? default : _source.AsSpan(start + indent, end - start - indent)), "\n"u8);
        }

        if (_line == _lines.Count && _source[_start + _length - 1] != '\n')
        {
            throw new OutsideSubsetException(); // a last line without its line break is not clipped the usual way
        }

        // Chomping: '-' strips the final line breaks, '+' keeps them all, the default keeps one.
        var kept = length;
        while (chomp != '+' && kept > 0 && ScratchBytes[kept - 1] == '\n')
        {
            kept--;
        }

        return new ManifestScalar(Encoding.UTF8.GetString(ScratchBytes, 0, chomp == ' ' ? kept + 1 : kept), true, line);
    }

    /// <summary>Appends <paramref name="bytes"/> to the first <paramref name="length"/> bytes of the scratch buffer; returns the new length.</summary>
    private int Append(int length, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Scratch(length + bytes.Length).AsSpan(length));
        return length + bytes.Length;
    }
}

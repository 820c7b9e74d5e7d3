using System.Text;

namespace Slipway.Core.Api.Manifests;

/// <summary>The lines of <see cref="BlockYamlReader"/>: indentation, content, blanks, comments and document markers.</summary>
internal sealed partial class BlockYamlReader
{
    /// <summary>Each line's start and end (without its line break) and its indentation, measured once.</summary>
    private void SplitLines()
    {
        var text = _text.Span;
        for (var start = 0; start < text.Length;)
        {
            var newline = text[start..].IndexOf((byte)'\n');
            var end = newline < 0 ? text.Length : start + newline;
            var first = start;
            while (first < end && text[first] == ' ')
            {
                first++;
            }

            _lines.Add(new Line(start, end, first - start));
            start = end + 1;
        }
    }

    private static bool Duplicate(List<KeyValuePair<string, ManifestNode>> entries, ref HashSet<string>? keys, string key)
    {
        if (entries.Count < 8)
        {
            foreach (var entry in entries)
            {
                if (string.Equals(entry.Key, key, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        if (keys is null)
        {
            keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                keys.Add(entry.Key);
            }
        }

        return !keys.Add(key);
    }

    /// <summary>The (empty) list of entries for a map at <paramref name="depth"/>.</summary>
    private List<KeyValuePair<string, ManifestNode>> Entries(int depth)
    {
        while (_entries.Count <= depth)
        {
            _entries.Add([]);
        }

        return _entries[depth];
    }

    private bool Continues(int parentIndent) => _line < _lines.Count && !IsBlank(_line) && Indent(_line) > parentIndent && Content(_line)[0] != '#';

    private bool IsMarker(int line) => Indent(line) == 0 && Content(line).TrimEnd((byte)' ') is var marker && (marker.SequenceEqual("---"u8) || marker.SequenceEqual("..."u8));

    private void SkipInsignificant()
    {
        while (_line < _lines.Count && (IsBlank(_line) || Content(_line)[0] == '#'))
        {
            _line++;
        }
    }

    private int Indent(int line) => _lines[line].Indent;

    private ReadOnlySpan<byte> Content(int line)
    {
        var (start, end, indent) = _lines[line];
        return _text.Span.Slice(start + indent, end - start - indent);
    }

    /// <summary>Where a piece of a line starts in the file's bytes (every piece is a slice of the text).</summary>
    private int Offset(ReadOnlySpan<byte> piece)
    {
        _text.Span.Overlaps(piece, out var offset);
        return _start + offset;
    }

    /// <summary>Blank as the characters would be: nothing but white space after the indentation (an ASCII letter or sign settles it at once).</summary>
    private bool IsBlank(int line)
    {
        var content = Content(line);
        if (content.IsEmpty)
        {
            return true;
        }

        return (content[0] >= 0x80 || char.IsWhiteSpace((char)content[0])) && Encoding.UTF8.GetString(content).AsSpan().IsWhiteSpace();
    }

    /// <summary>One line: where it starts and ends in the text (without its line break), and its indentation.</summary>
    private readonly record struct Line(int Start, int End, int Indent);
}

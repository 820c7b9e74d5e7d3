using System.Text;

namespace Slipway.Core.Api.Manifests;

/// <summary>The lines of <see cref="BlockYamlReader"/>: indentation, content, blanks, comments and document markers.</summary>
internal sealed partial class BlockYamlReader
{
    /// <summary>
    /// Each line's start and end in the source (without its line break), its indentation, and whether
    /// it is blank, a comment or a document marker: measured once, since the reader asks about a line
    /// several times (skipping insignificant lines, ending a map, continuing a scalar).
    /// </summary>
    private void SplitLines()
    {
        var source = _source;
        var end = _start + _length;
        for (var start = _start; start < end;)
        {
            var newline = source.AsSpan(start, end - start).IndexOf((byte)'\n');
            var stop = newline < 0 ? end : start + newline;
            var first = start;
            while (first < stop && source[first] == ' ')
            {
                first++;
            }

            var content = source.AsSpan(first, stop - first);
            var kind = IsBlank(content) ? LineKind.Blank
                : content[0] == '#' ? LineKind.Comment
                : first == start && IsMarker(content) ? LineKind.Marker
                : LineKind.Content;
            _lines.Add(new Line(start, stop, first - start, kind));
            start = stop + 1;
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

    private bool Continues(int parentIndent) => _line < _lines.Count && _lines[_line] is { Kind: LineKind.Content or LineKind.Marker } next && next.Indent > parentIndent;

    private bool IsMarker(int line) => _lines[line].Kind == LineKind.Marker;

    private void SkipInsignificant()
    {
        while (_line < _lines.Count && _lines[_line].Kind is LineKind.Blank or LineKind.Comment)
        {
            _line++;
        }
    }

    private int Indent(int line) => _lines[line].Indent;

    private ReadOnlySpan<byte> Content(int line)
    {
        var (start, end, indent, _) = _lines[line];
        return new ReadOnlySpan<byte>(_source, start + indent, end - start - indent);
    }

    /// <summary>Where a piece of a line starts in the source (every piece is a slice of it).</summary>
    private int Offset(ReadOnlySpan<byte> piece)
    {
        _source.AsSpan().Overlaps(piece, out var offset);
        return offset;
    }

    private bool IsBlank(int line) => _lines[line].Kind == LineKind.Blank;

    /// <summary>Blank as the characters would be: nothing but white space after the indentation (an ASCII letter or sign settles it at once).</summary>
    private static bool IsBlank(ReadOnlySpan<byte> content) =>
        content.IsEmpty || ((content[0] >= 0x80 || char.IsWhiteSpace((char)content[0])) && Encoding.UTF8.GetString(content).AsSpan().IsWhiteSpace());

    /// <summary>A document marker, once the line is known to start at its first column.</summary>
    private static bool IsMarker(ReadOnlySpan<byte> content) =>
        content[0] is (byte)'-' or (byte)'.' && content.TrimEnd((byte)' ') is var marker && (marker.SequenceEqual("---"u8) || marker.SequenceEqual("..."u8));

    /// <summary>One line: where it starts and ends in the source (without its line break), its indentation and its kind.</summary>
    private readonly record struct Line(int Start, int End, int Indent, LineKind Kind);

    private enum LineKind : byte
    {
        Content,
        Blank,
        Comment,
        Marker,
    }
}

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
            var newline = text[start..].IndexOf('\n');
            var end = newline < 0 ? text.Length : start + newline;
            _lines.Add((start, end));
            var first = start;
            while (first < end && text[first] == ' ')
            {
                first++;
            }

            _indents.Add(first - start);
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

    private bool IsMarker(int line) => Indent(line) == 0 && Content(line).TrimEnd(' ') is "---" or "...";

    private void SkipInsignificant()
    {
        while (_line < _lines.Count && (IsBlank(_line) || Content(_line)[0] == '#'))
        {
            _line++;
        }
    }

    private int Indent(int line) => _indents[line];

    private ReadOnlySpan<char> Content(int line)
    {
        var (start, end) = _lines[line];
        return _text.Span.Slice(start + _indents[line], end - start - _indents[line]);
    }

    private bool IsBlank(int line) => Content(line).IsWhiteSpace();
}

namespace Slipway.Core.Api.Manifests;

/// <summary>
/// A fast reader for the block-style YAML that generators write (controller-gen, kubebuilder, the
/// CRDs a Helm chart ships): block maps and lists (indentless lists too), plain scalars over one or
/// several lines, single-line quoted scalars, literal blocks (<c>|</c>, <c>|-</c>, <c>|+</c>), empty
/// <c>{}</c> and <c>[]</c>, comments and several documents, in about a tenth of the general parser's
/// time. Anything else (anchors, tags, flow collections with content, folded blocks, quoted scalars
/// over several lines, tabs, duplicate keys, anything invalid) makes it give up, and
/// <see cref="ManifestParser"/> reads the text with the general parser, which also reports the errors.
/// Both give the same trees: a test holds them to it. It reads the UTF-8 bytes as they are (no
/// string of the whole text), and long plain scalars keep pointing into them (see <see cref="ManifestScalar"/>).
/// </summary>
internal sealed partial class BlockYamlReader
{
    private readonly byte[] _source;
    private readonly int _start;
    private readonly int _length;
    private readonly ReaderMemory _work;
    private readonly List<Line> _lines;

    // The entries of the maps being read, one list per depth (a map's children are always deeper), so
    // that a map allocates nothing but its own array of entries.
    private readonly List<List<KeyValuePair<string, ManifestNode>>> _entries;
    private int _line;

    private BlockYamlReader(byte[] source, int start, int length, ReaderMemory work)
    {
        _source = source;
        _start = start;
        _length = length;
        _work = work;
        _lines = work.Lines;
        _entries = work.Entries;
    }

    /// <summary>
    /// The documents of the UTF-8 text <paramref name="utf8"/>[<paramref name="start"/>..+<paramref name="length"/>]
    /// (valid UTF-8: the caller checks), or null when it uses anything this reader leaves to the general
    /// parser. The trees keep <paramref name="utf8"/>, which must not change afterwards.
    /// </summary>
    public static IReadOnlyList<ManifestNode?>? TryParse(byte[] utf8, int start, int length)
    {
        if (utf8.AsSpan(start, length).IndexOfAny((byte)'\t', (byte)'\r') >= 0)
        {
            return null;
        }

        var work = ReaderMemory.Take();
        try
        {
            return new BlockYamlReader(utf8, start, length, work).Documents();
        }
        catch (OutsideSubsetException)
        {
            return null;
        }
        finally
        {
            work.Return();
        }
    }

    /// <summary>The list or map that starts on the current line at <paramref name="indent"/>.</summary>
    private ManifestNode Block(int indent, int depth)
    {
        if (depth > ManifestParser.MaxDepth)
        {
            throw new OutsideSubsetException();
        }

        return BlockYamlText.IsDash(Content(_line)) ? List(indent, depth) : Map(indent, depth, firstFrom: -1);
    }

    private ManifestList List(int indent, int depth)
    {
        var line = _line + 1;
        var items = new List<ManifestNode>();
        while (_line < _lines.Count && Indent(_line) == indent && BlockYamlText.IsDash(Content(_line)))
        {
            var afterDash = Content(_line)[1..];
            var rest = afterDash.TrimStart((byte)' ');
            if (rest.IsEmpty || rest[0] == '#')
            {
                _line++;
                items.Add(ValueBelow(indent, depth + 1, indentlessList: false));
            }
            else if (BlockYamlText.IsDash(rest))
            {
                throw new OutsideSubsetException(); // a list opened on a list item's line
            }
            else if (BlockYamlText.OpensMap(rest))
            {
                // "- name: v1" opens a map at the key's column, continued by the lines below at that column.
                var column = indent + 1 + afterDash.Length - rest.Length;
                items.Add(Map(column, depth + 1, firstFrom: column - indent));
            }
            else
            {
                items.Add(Scalar(rest, indent));
            }

            SkipInsignificant();
        }

        return new ManifestList(items, line);
    }

    /// <summary>
    /// A map with its keys at <paramref name="column"/>; when it follows a list's dash, its first entry
    /// is the current line from <paramref name="firstFrom"/> on (else -1).
    /// </summary>
    private ManifestMap Map(int column, int depth, int firstFrom)
    {
        var line = _line + 1;
        var entries = Entries(depth);
        HashSet<string>? keys = null; // for the duplicate check of large maps only
        for (var from = firstFrom; _line < _lines.Count; from = -1)
        {
            var content = Content(_line);
            if (from >= 0)
            {
                content = content[from..];
            }
            else if (Indent(_line) != column || IsMarker(_line) || BlockYamlText.IsDash(content))
            {
                break;
            }

            var colon = BlockYamlText.KeyEnd(content);
            if (colon <= 0 || !BlockYamlText.IsPlainKey(content[..colon]))
            {
                throw new OutsideSubsetException();
            }

            var key = Shared(content[..colon]);
            if (Duplicate(entries, ref keys, key))
            {
                throw new OutsideSubsetException();
            }

            var rest = content[(colon + 1)..].TrimStart((byte)' ');
            if (rest.IsEmpty || rest[0] == '#')
            {
                _line++;
                entries.Add(new(key, ValueBelow(column, depth + 1, indentlessList: true)));
            }
            else
            {
                entries.Add(new(key, Scalar(rest, column)));
            }

            SkipInsignificant();
        }

        var map = new ManifestMap(entries, line);
        entries.Clear();
        return map;
    }

    /// <summary>A value that starts on a line below its key or dash: more indented, or (after a key) a list at the key's own indent; else null.</summary>
    private ManifestNode ValueBelow(int parentIndent, int depth, bool indentlessList)
    {
        var ownLine = _line;
        SkipInsignificant();
        if (_line < _lines.Count && !IsMarker(_line))
        {
            var indent = Indent(_line);
            if (indent > parentIndent || (indentlessList && indent == parentIndent && BlockYamlText.IsDash(Content(_line))))
            {
                return Block(indent, depth);
            }
        }

        return new ManifestScalar(string.Empty, false, ownLine);
    }

    internal sealed class OutsideSubsetException : Exception;
}

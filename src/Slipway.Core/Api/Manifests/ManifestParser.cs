using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Slipway.Core.Api.Manifests;

/// <summary>
/// Reads a multi-document YAML stream into <see cref="ManifestNode"/> trees: generated block YAML with
/// <see cref="BlockYamlReader"/>, anything else straight from YamlDotNet's parser events (no
/// intermediate representation model). Anchors, aliases and merge keys (<c>&lt;&lt;</c>) are
/// followed as go-yaml follows them; duplicate keys, complex keys, nesting deeper than
/// <see cref="MaxDepth"/> (the guard every YAML input of Slipway's goes through) and alias expansions
/// beyond <see cref="MaxSize"/> nodes are refused.
/// </summary>
public static class ManifestParser
{
    public const int MaxDepth = 256;

    public const long MaxSize = 4_000_000;

    /// <summary>The root node of every document; an empty document gives null.</summary>
    /// <exception cref="ManifestException">The text is not valid YAML, or is refused.</exception>
    public static IReadOnlyList<ManifestNode?> Parse(string text) => BlockYamlReader.TryParse(text.AsMemory()) ?? ParseAny(text);

    /// <summary>
    /// The same, from valid UTF-8 (the caller checks): <paramref name="utf8"/> from <paramref name="start"/>
    /// on. The trees may keep the array, which must not change afterwards.
    /// </summary>
    /// <exception cref="ManifestException">The text is not valid YAML, or is refused.</exception>
    public static IReadOnlyList<ManifestNode?> Parse(byte[] utf8, int start) =>
        BlockYamlReader.TryParse(utf8, start, utf8.Length - start) ?? ParseAny(System.Text.Encoding.UTF8.GetString(utf8, start, utf8.Length - start));

    /// <summary>Reads any YAML with the general parser (the fast reader leaves what it does not read to it).</summary>
    internal static IReadOnlyList<ManifestNode?> ParseAny(string text)
    {
        // The guard stops what would overflow the stack inside YamlDotNet itself (deep nesting, keys
        // that are collections or aliases), and remembers where the parser was when it failed.
        var parser = new Text.GuardedYamlParser(new Parser(new StringReader(text)), MaxDepth, refuseTags: false);
        var documents = new List<ManifestNode?>();
        try
        {
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out _))
            {
                var anchors = new Dictionary<string, ManifestNode>(StringComparer.Ordinal);
                var root = parser.Accept<DocumentEnd>(out _) ? null : Read(parser, anchors);
                documents.Add(root is ManifestScalar { IsNull: true } ? null : root);
                parser.Consume<DocumentEnd>();
            }

            parser.Consume<StreamEnd>();
        }
        catch (YamlException e)
        {
            throw new ManifestException((int)e.Start.Line, (int)e.Start.Column, Reason(e));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet fails this way on a few malformed inputs ("a: {b" then a line "*"): the input is at fault.
            throw new ManifestException((int)parser.LastPosition.Line, (int)parser.LastPosition.Column, "not valid YAML: the parser cannot read past this point");
        }

        return documents;
    }

    private static ManifestNode Read(IParser parser, Dictionary<string, ManifestNode> anchors)
    {
        var start = parser.Current!.Start;
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target) ? target : throw Refused(start, $"the alias *{alias.Value} names no anchor defined before it");
        }

        var node = parser.Current switch
        {
            Scalar => ReadScalar(parser.Consume<Scalar>(), anchors),
            SequenceStart => ReadList(parser, anchors),
            MappingStart => ReadMap(parser, anchors),
            var other => throw Refused(start, $"unexpected {other!.GetType().Name}"),
        };
        if (node.Size > MaxSize)
        {
            throw Refused(start, $"aliases expand to more than {MaxSize:N0} nodes");
        }

        return node;
    }

    private static ManifestNode Register(NodeEvent start, ManifestNode node, Dictionary<string, ManifestNode> anchors)
    {
        if (!start.Anchor.IsEmpty)
        {
            anchors[start.Anchor.Value] = node;
        }

        return node;
    }

    private static ManifestNode ReadScalar(Scalar scalar, Dictionary<string, ManifestNode> anchors)
    {
        // An explicit tag decides: !!str makes a string as quotes do, !!bool 'true' is a boolean however
        // it is quoted. Without one, quotes make a string and plain text is resolved.
        var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value;
        var quoted = tag switch
        {
            "tag:yaml.org,2002:str" => true,
            "tag:yaml.org,2002:bool" or "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" or "tag:yaml.org,2002:null" => false,
            _ => scalar.Style != ScalarStyle.Plain,
        };
        return Register(scalar, new ManifestScalar(scalar.Value, quoted, (int)scalar.Start.Line), anchors);
    }

    private static ManifestNode ReadList(IParser parser, Dictionary<string, ManifestNode> anchors)
    {
        var start = parser.Consume<SequenceStart>();
        var items = new List<ManifestNode>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(Read(parser, anchors));
        }

        return Register(start, new ManifestList(items, (int)start.Start.Line), anchors);
    }

    private static ManifestNode ReadMap(IParser parser, Dictionary<string, ManifestNode> anchors)
    {
        var start = parser.Consume<MappingStart>();
        var entries = new List<KeyValuePair<string, ManifestNode>>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var merged = new List<ManifestMap>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyMark = parser.Current!.Start;
            if (Read(parser, anchors) is not ManifestScalar key)
            {
                throw Refused(keyMark, "a key must be a plain value, not a list or a map");
            }

            var value = Read(parser, anchors);
            if (key.Value == "<<" && key.Kind == ScalarKind.Text)
            {
                merged.AddRange(MergeSources(value, keyMark));
            }
            else if (keys.Add(key.Value))
            {
                entries.Add(new(key.Value, value));
            }
            else
            {
                throw Refused(keyMark, $"the key '{key.Value}' appears twice in one map");
            }
        }

        // Merged keys never override the map's own keys; of several merged maps the first wins (YAML's merge key).
        foreach (var source in merged)
        {
            foreach (var entry in source.Entries)
            {
                if (keys.Add(entry.Key))
                {
                    entries.Add(entry);
                }
            }
        }

        return Register(start, new ManifestMap(entries, (int)start.Start.Line), anchors);
    }

    private static IEnumerable<ManifestMap> MergeSources(ManifestNode value, Mark mark) => value switch
    {
        ManifestMap map => [map],
        ManifestList list when list.Items.All(i => i is ManifestMap) => list.Items.Cast<ManifestMap>(),
        _ => throw Refused(mark, "a merge key (<<) takes a map or a list of maps"),
    };

    private static ManifestException Refused(Mark mark, string message) => new((int)mark.Line, (int)mark.Column, message);

    private static string Reason(YamlException e)
    {
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}

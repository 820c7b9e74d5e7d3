using Slipway.Core.Editing.Trees;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Editing.Locators;

/// <summary>Reads every document of a YAML stream into span trees, using YamlDotNet only for positions.</summary>
internal static class YamlTreeReader
{
    public static IReadOnlyList<SpanNode> Read(string text)
    {
        var stream = new YamlStream();
        var parser = new Text.GuardedYamlParser(new Parser(new StringReader(text)), Text.GuardedYamlParser.FileDepth, refuseTags: false);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            throw new LocateException($"not valid YAML: {TrimPosition(e.Message)}", (int)e.Start.Index);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet fails this way on a few malformed files ("a: {b" then a line "*"): the file is what is wrong.
            throw new LocateException("not valid YAML: the parser cannot read past this point", (int)parser.LastPosition.Index);
        }

        var converted = new Dictionary<YamlNode, SpanNode>(ReferenceEqualityComparer.Instance);
        return stream.Documents.Select(d => Convert(d.RootNode, text, converted)).ToArray();
    }

    private static SpanNode Convert(YamlNode node, string text, Dictionary<YamlNode, SpanNode> converted)
    {
        // Aliases resolve to the anchored node, so an edit lands where the value is actually written.
        if (converted.TryGetValue(node, out var done))
        {
            return done;
        }

        var offset = (int)node.Start.Index;
        switch (node)
        {
            case YamlMappingNode mapping:
                var map = new MappingNode(offset);
                converted[node] = map;
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name })
                    {
                        map.Entries.Add(new(name, Convert(value, text, converted)));
                    }
                }

                return map;
            case YamlSequenceNode sequence:
                var seq = new SequenceNode(offset);
                converted[node] = seq;
                seq.Items.AddRange(sequence.Children.Select(child => Convert(child, text, converted)));
                return seq;
            case YamlScalarNode scalar:
                return converted[node] = Scalar(scalar, text);
            default:
                return converted[node] = new ScalarNode(offset, string.Empty, default, ValueEncoding.Raw, "an unsupported YAML node");
        }
    }

    private static ScalarNode Scalar(YamlScalarNode scalar, string text)
    {
        var value = scalar.Value ?? string.Empty;
        var start = (int)scalar.Start.Index;
        var end = (int)scalar.End.Index;
        switch (scalar.Style)
        {
            case ScalarStyle.Plain or ScalarStyle.Any:
                // The node's start may include an anchor or tag (&a !!str 1.0), so take the value from its end.
                var plainStart = end - value.Length;
                return plainStart >= start && string.CompareOrdinal(text, plainStart, value, 0, value.Length) == 0
                    ? new ScalarNode(start, value, TextSpan.FromBounds(plainStart, end), ValueEncoding.YamlPlain)
                    : NotEditable(start, value, "a plain scalar that spans several lines");
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                var quote = scalar.Style == ScalarStyle.SingleQuoted ? '\'' : '"';
                var open = text.IndexOf(quote, start, end - start);
                var inner = TextSpan.FromBounds(open + 1, end - 1);
                if (open < 0 || text.AsSpan(inner.Start, inner.Length).IndexOfAny('\r', '\n') >= 0)
                {
                    return NotEditable(start, value, "a quoted scalar that spans several lines");
                }

                var encoding = quote == '\'' ? ValueEncoding.YamlSingleQuoted : ValueEncoding.YamlDoubleQuoted;
                return new ScalarNode(start, value, inner, encoding);
            default:
                return NotEditable(start, value, "a block scalar (| or >)");
        }
    }

    private static ScalarNode NotEditable(int offset, string value, string why) => new(offset, value, default, ValueEncoding.Raw, why);

    private static string TrimPosition(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the caller reports the position itself.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}

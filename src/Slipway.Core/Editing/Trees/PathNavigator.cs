namespace Slipway.Core.Editing.Trees;

/// <summary>Follows a <see cref="KeyPath"/> through span trees and says precisely why when it finds nothing.</summary>
public static class PathNavigator
{
    /// <summary>The scalars at <paramref name="path"/> in the given documents (a path without a document index searches all of them).</summary>
    /// <exception cref="LocateException">The path leads to a mapping or sequence, or to a value that cannot be edited in place.</exception>
    public static IReadOnlyList<LocatedValue> Find(IReadOnlyList<SpanNode> documents, KeyPath path)
    {
        var found = new List<LocatedValue>();
        foreach (var node in Walk(documents, path, out _))
        {
            if (node is not ScalarNode scalar)
            {
                throw new LocateException($"'{path}' leads to {node.KindName}, not to a value; name a key below it", node.Offset);
            }

            if (scalar.NotEditableBecause is { } reason)
            {
                throw new LocateException($"'{path}' is {reason}; Slipway replaces only single-line strings", scalar.Offset);
            }

            found.Add(new LocatedValue(scalar.Span, scalar.Value, scalar.Encoding));
        }

        return found.DistinctBy(v => v.Span).OrderBy(v => v.Span.Start).ToArray();
    }

    /// <summary>A sentence saying where the path stops matching, for "matches nothing" messages.</summary>
    public static string ExplainMiss(IReadOnlyList<SpanNode> documents, KeyPath path)
    {
        _ = Walk(documents, path, out var miss);
        return miss ?? $"'{path}' matches nothing";
    }

    private static List<SpanNode> Walk(IReadOnlyList<SpanNode> documents, KeyPath path, out string? miss)
    {
        miss = null;
        List<SpanNode> current;
        if (path.Document is { } index)
        {
            if (index >= documents.Count)
            {
                miss = $"the file has {documents.Count} document(s), numbered from 0; there is no document {index}";
                return [];
            }

            current = [documents[index]];
        }
        else
        {
            current = [.. documents];
        }

        for (var i = 0; i < path.Segments.Count; i++)
        {
            var next = current.SelectMany(node => Step(node, path.Segments[i])).ToList();
            if (next.Count == 0)
            {
                miss = DescribeMiss(current, path, i);
                return [];
            }

            current = next;
        }

        return current;
    }

    private static IEnumerable<SpanNode> Step(SpanNode node, PathSegment segment) => (node, segment) switch
    {
        (MappingNode mapping, KeySegment key) => mapping.Get(key.Name),
        (SequenceNode sequence, IndexSegment index) => index.Index < sequence.Items.Count ? [sequence.Items[index.Index]] : [],
        (SequenceNode sequence, SelectSegment select) => sequence.Items.OfType<MappingNode>().Where(item =>
            item.Get(select.Key).OfType<ScalarNode>().Any(s => string.Equals(s.Value, select.Value, StringComparison.Ordinal))),
        _ => [],
    };

    private static string DescribeMiss(List<SpanNode> nodes, KeyPath path, int segmentIndex)
    {
        var at = path.Prefix(segmentIndex);
        var segment = path.Segments[segmentIndex];
        var node = nodes[0];
        return (node, segment) switch
        {
            (MappingNode mapping, KeySegment key) =>
                $"no key '{key.Name}' under {Quote(at)}; keys there: {Keys(mapping)}",
            (SequenceNode sequence, IndexSegment index) =>
                $"{Quote(at)} has {sequence.Items.Count} item(s); index {index.Index} is past the end (indexes start at 0)",
            (SequenceNode, SelectSegment select) =>
                $"no item of {Quote(at)} has {select.Key} = '{select.Value}'",
            _ => $"{Quote(at)} is {node.KindName}, so '{segment}' cannot follow it",
        };
    }

    private static string Quote(string at) => at == "the document root" ? at : $"'{at}'";

    private static string Keys(MappingNode mapping)
    {
        var keys = mapping.Entries.Select(e => e.Key).Distinct(StringComparer.Ordinal).ToList();
        return keys.Count == 0 ? "(none)" : string.Join(", ", keys.Take(12)) + (keys.Count > 12 ? ", …" : string.Empty);
    }
}

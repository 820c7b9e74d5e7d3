using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Init;

/// <summary>
/// The key path of the scalar at a text offset in a YAML, JSON or TOML tree: the path a maintainer
/// would write for it. Sequence items are named by their <c>name</c> (<c>images[name=controller]</c>)
/// where that picks one item, else by index; several documents get the <c>N:</c> prefix.
/// </summary>
internal static class TreePath
{
    /// <summary>The path that leads to exactly the scalar holding <paramref name="offset"/>, or null.</summary>
    public static KeyPath? At(IReadOnlyList<SpanNode> documents, int offset)
    {
        for (var i = 0; i < documents.Count; i++)
        {
            var segments = new List<PathSegment>();
            if (Walk(documents[i], offset, segments, preferNames: true) is { } scalar)
            {
                var document = documents.Count > 1 ? i : (int?)null;
                var named = new KeyPath(document, segments.ToArray());
                if (LeadsOnlyTo(documents, named, scalar))
                {
                    return named;
                }

                segments.Clear();
                Walk(documents[i], offset, segments, preferNames: false);
                var indexed = new KeyPath(document, segments.ToArray());
                return LeadsOnlyTo(documents, indexed, scalar) ? indexed : null;
            }
        }

        return null;
    }

    private static bool LeadsOnlyTo(IReadOnlyList<SpanNode> documents, KeyPath path, ScalarNode scalar)
    {
        try
        {
            var found = PathNavigator.Find(documents, path);
            return found.Count == 1 && found[0].Span == scalar.Span;
        }
        catch (Editing.LocateException)
        {
            return false;
        }
    }

    private static ScalarNode? Walk(SpanNode node, int offset, List<PathSegment> segments, bool preferNames)
    {
        switch (node)
        {
            case ScalarNode scalar:
                return scalar.Span.Start <= offset && offset < scalar.Span.End ? scalar : null;
            case MappingNode mapping:
                foreach (var (key, value) in mapping.Entries)
                {
                    segments.Add(new KeySegment(key));
                    if (Walk(value, offset, segments, preferNames) is { } found)
                    {
                        return found;
                    }

                    segments.RemoveAt(segments.Count - 1);
                }

                return null;
            case SequenceNode sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    segments.Add(preferNames && Name(sequence.Items[i]) is { } name ? new SelectSegment("name", name) : new IndexSegment(i));
                    if (Walk(sequence.Items[i], offset, segments, preferNames) is { } found)
                    {
                        return found;
                    }

                    segments.RemoveAt(segments.Count - 1);
                }

                return null;
            default:
                return null;
        }
    }

    private static string? Name(SpanNode item) =>
        item is MappingNode mapping && mapping.Get("name").OfType<ScalarNode>().FirstOrDefault() is { } name
        && name.Value.Length > 0 && !name.Value.Contains(']', StringComparison.Ordinal) ? name.Value : null;
}

namespace Slipway.Core.Editing.Trees;

/// <summary>
/// A document reduced to what locating needs: mappings, sequences and scalars with the spans of
/// their text. YAML, JSON and TOML are each read into this shape, and one navigator serves all three.
/// </summary>
public abstract class SpanNode
{
    protected SpanNode(int offset) => Offset = offset;

    /// <summary>Where the node starts in the text, for messages.</summary>
    public int Offset { get; }

    public abstract string KindName { get; }
}

/// <summary>A mapping; keys may repeat (TOML and JSON forbid it, but the navigator does not rely on that).</summary>
public sealed class MappingNode(int offset) : SpanNode(offset)
{
    public List<KeyValuePair<string, SpanNode>> Entries { get; } = [];

    public override string KindName => "a mapping";

    public IEnumerable<SpanNode> Get(string key) => Entries.Where(e => string.Equals(e.Key, key, StringComparison.Ordinal)).Select(e => e.Value);
}

public sealed class SequenceNode(int offset) : SpanNode(offset)
{
    public List<SpanNode> Items { get; } = [];

    public override string KindName => "a sequence";
}

/// <summary>
/// A scalar value. <see cref="Span"/> covers its characters as written, inside any quotes.
/// A scalar that cannot be replaced in place (a number, a block scalar, a multi-line string) says why.
/// </summary>
public sealed class ScalarNode(int offset, string value, TextSpan span, ValueEncoding encoding, string? notEditableBecause = null)
    : SpanNode(offset)
{
    public string Value { get; } = value;

    public TextSpan Span { get; } = span;

    public ValueEncoding Encoding { get; } = encoding;

    public string? NotEditableBecause { get; } = notEditableBecause;

    public override string KindName => "a scalar";
}

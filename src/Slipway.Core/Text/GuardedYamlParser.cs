using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Slipway.Core.Text;

/// <summary>
/// The YAML parser's events, with limits checked before YamlDotNet builds nodes from them. Each
/// stops a crash that no handler can catch, on slipway.yaml and on the YAML files whose versions
/// Slipway reads alike: nesting deeper than <paramref name="maxDepth"/> (YamlDotNet builds nodes
/// recursively, and 100,000 '[' overflow the stack), and a key that is a list, a mapping or an alias
/// (YamlDotNet hashes keys recursively, and "? &amp;a [*a]" never ends). With
/// <paramref name="refuseTags"/> (slipway.yaml, which reads no tag), explicit tags are refused
/// instead of silently ignored. It remembers where the last event was, so a failure from inside the
/// parser can still be located.
/// </summary>
internal sealed class GuardedYamlParser(IParser inner, int maxDepth, bool refuseTags) : IParser
{
    /// <summary>For the files whose versions Slipway reads: far deeper than a chart or a CRD nests, far from the stack's end.</summary>
    public const int FileDepth = 256;

    // One entry per open collection: a sequence, or a mapping waiting for its next key or value.
    private readonly Stack<Expecting> _open = new();
    private int _depth;

    private enum Expecting
    {
        Item,
        Key,
        Value,
    }

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the parser last was: the end of the last event it produced.</summary>
    public Mark LastPosition { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        var current = inner.Current!;
        LastPosition = current.End;
        _depth += current.NestingIncrease;
        if (_depth > maxDepth)
        {
            throw new YamlException(current.Start, current.End, $"nesting deeper than {maxDepth} levels is not read");
        }

        if (refuseTags && current is NodeEvent { Tag: { IsEmpty: false, IsNonSpecific: false } tag } && !IsOwnKindTag(current, tag.Value))
        {
            throw new YamlException(current.Start, current.End, $"the tag '{tag.Value}' is not used by slipway.yaml; remove it");
        }

        Follow(current);
        return true;
    }

    private void Follow(ParsingEvent current)
    {
        switch (current)
        {
            case MappingStart or SequenceStart:
                RefuseAsKey(current);
                _open.Push(current is MappingStart ? Expecting.Key : Expecting.Item);
                break;
            case MappingEnd or SequenceEnd:
                _open.TryPop(out _);
                NodeDone();
                break;
            case AnchorAlias:
                RefuseAsKey(current);
                NodeDone();
                break;
            case Scalar:
                NodeDone();
                break;
        }
    }

    private void RefuseAsKey(ParsingEvent node)
    {
        if (_open.TryPeek(out var expecting) && expecting == Expecting.Key)
        {
            throw new YamlException(node.Start, node.End, "a key must be a plain name, not a list, a mapping or an alias");
        }
    }

    private void NodeDone()
    {
        if (_open.TryPop(out var expecting))
        {
            _open.Push(expecting switch { Expecting.Key => Expecting.Value, Expecting.Value => Expecting.Key, _ => Expecting.Item });
        }
    }

    // '!!str' on a string (and '!!seq', '!!map' on their kinds) only says what the node already is.
    private static bool IsOwnKindTag(ParsingEvent node, string tag) => (node, tag) switch
    {
        (Scalar, "tag:yaml.org,2002:str") => true,
        (SequenceStart, "tag:yaml.org,2002:seq") => true,
        (MappingStart, "tag:yaml.org,2002:map") => true,
        _ => false,
    };
}

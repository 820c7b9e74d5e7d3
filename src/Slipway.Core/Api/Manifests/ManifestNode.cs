using System.Text;

namespace Slipway.Core.Api.Manifests;

/// <summary>
/// A node of a YAML manifest in the data model Kubernetes reads it in (JSON's: null, booleans,
/// numbers, strings, lists, maps), with the line it starts on for messages.
/// </summary>
public abstract class ManifestNode(int line)
{
    /// <summary>The 1-based line of the node in its file.</summary>
    public int Line { get; } = line;

    /// <summary>
    /// The nodes of this subtree, counting an aliased node as many times as it is used: what walking
    /// the tree costs, so that a few lines of nested aliases cannot make a walk take for ever.
    /// </summary>
    public abstract long Size { get; }

    /// <summary>
    /// A hash of the content, equal for nodes that are <see cref="SameAs"/> each other: computed once
    /// when the node is built, so that comparing two different subtrees costs nothing, and two equal
    /// ones are recognised before anything below them is looked at.
    /// </summary>
    public abstract int Hash { get; }

    /// <summary>Equal as Kubernetes sees it: map keys in any order, numbers by value.</summary>
    public bool SameAs(ManifestNode other) => ReferenceEquals(this, other) || (Hash == other.Hash && Equal(other));

    /// <summary>Deep equality, once the hashes agree.</summary>
    protected abstract bool Equal(ManifestNode other);

    /// <summary>Compact JSON, map keys in document order.</summary>
    public string ToJson()
    {
        var json = new StringBuilder();
        WriteJson(json);
        return json.ToString();
    }

    internal abstract void WriteJson(StringBuilder json);

    public static bool Same(ManifestNode? a, ManifestNode? b) => a is null ? b is null : b is not null && a.SameAs(b);
}

/// <summary>A list (YAML sequence).</summary>
public sealed class ManifestList : ManifestNode
{
    public ManifestList(IReadOnlyList<ManifestNode> items, int line)
        : base(line)
    {
        Items = items;
        var size = 1L;
        var hash = new HashCode();
        hash.Add(items.Count);
        foreach (var item in items)
        {
            size += item.Size;
            hash.Add(item.Hash);
        }

        Size = size;
        Hash = hash.ToHashCode();
    }

    public IReadOnlyList<ManifestNode> Items { get; }

    public override long Size { get; }

    public override int Hash { get; }

    protected override bool Equal(ManifestNode other)
    {
        if (other is not ManifestList list || list.Items.Count != Items.Count)
        {
            return false;
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (!Items[i].SameAs(list.Items[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal override void WriteJson(StringBuilder json)
    {
        json.Append('[');
        for (var i = 0; i < Items.Count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            Items[i].WriteJson(json);
        }

        json.Append(']');
    }
}

/// <summary>A map (YAML mapping) with string keys, in document order.</summary>
public sealed class ManifestMap : ManifestNode
{
    // Most maps of a schema have a handful of keys: a linear search beats hashing them, and an index
    // is built only for the few large ones.
    private const int IndexFrom = 12;

    private readonly KeyValuePair<string, ManifestNode>[] _entries;
    private Dictionary<string, ManifestNode>? _index;

    /// <param name="entries">The entries in document order, each key once.</param>
    public ManifestMap(IReadOnlyList<KeyValuePair<string, ManifestNode>> entries, int line)
        : base(line)
    {
        _entries = [.. entries];
        var size = 1L;
        var hash = _entries.Length;
        foreach (var (key, value) in _entries)
        {
            size += value.Size;
            hash += HashCode.Combine(key, value.Hash); // a sum: the same whatever the keys' order
        }

        Size = size;
        Hash = hash;
    }

    public static ManifestMap Empty(int line) => new([], line);

    public IReadOnlyList<KeyValuePair<string, ManifestNode>> Entries => _entries;

    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    public override long Size { get; }

    public override int Hash { get; }

    public ManifestNode? this[string key]
    {
        get
        {
            if (_entries.Length >= IndexFrom)
            {
                _index ??= _entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
                return _index.GetValueOrDefault(key);
            }

            foreach (var entry in _entries)
            {
                if (string.Equals(entry.Key, key, StringComparison.Ordinal))
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    public ManifestMap? Map(string key) => this[key] as ManifestMap;

    public ManifestList? List(string key) => this[key] as ManifestList;

    /// <summary>The value of a scalar entry as text (null when absent, null, or not a scalar).</summary>
    public string? Text(string key) => this[key] is ManifestScalar { IsNull: false } scalar ? scalar.Value : null;

    /// <summary>A boolean entry; <paramref name="otherwise"/> when absent or not a boolean.</summary>
    public bool Flag(string key, bool otherwise = false) => this[key] is ManifestScalar { Kind: ScalarKind.Bool } scalar ? scalar.Value is "true" : otherwise;

    protected override bool Equal(ManifestNode other)
    {
        if (other is not ManifestMap map || map._entries.Length != _entries.Length)
        {
            return false;
        }

        foreach (var (key, value) in _entries)
        {
            if (map[key] is not { } theirs || !value.SameAs(theirs))
            {
                return false;
            }
        }

        return true;
    }

    internal override void WriteJson(StringBuilder json)
    {
        json.Append('{');
        for (var i = 0; i < _entries.Length; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            ManifestScalar.WriteString(json, _entries[i].Key);
            json.Append(':');
            _entries[i].Value.WriteJson(json);
        }

        json.Append('}');
    }
}

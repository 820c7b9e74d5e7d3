using System.Text;

namespace Slipway.Core.Api.Manifests;

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

        for (var i = 0; i < _entries.Length; i++)
        {
            // Equal maps nearly always hold their keys in the same order: that entry first, else a search.
            var (key, value) = _entries[i];
            var theirs = string.Equals(map._entries[i].Key, key, StringComparison.Ordinal) ? map._entries[i].Value : map[key];
            if (theirs is null || !value.SameAs(theirs))
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

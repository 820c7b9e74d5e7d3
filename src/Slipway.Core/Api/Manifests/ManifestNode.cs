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

    /// <summary>Equal as Kubernetes sees it: map keys in any order, numbers by value.</summary>
    public abstract bool SameAs(ManifestNode other);

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
public sealed class ManifestList(IReadOnlyList<ManifestNode> items, int line) : ManifestNode(line)
{
    public IReadOnlyList<ManifestNode> Items { get; } = items;

    public override long Size { get; } = 1 + items.Sum(i => i.Size);

    public override bool SameAs(ManifestNode other)
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
public sealed class ManifestMap(OrderedDictionary<string, ManifestNode> entries, int line) : ManifestNode(line)
{
    public OrderedDictionary<string, ManifestNode> Entries { get; } = entries;

    public override long Size { get; } = 1 + entries.Values.Sum(v => v.Size);

    public ManifestNode? this[string key] => Entries.TryGetValue(key, out var value) ? value : null;

    public ManifestMap? Map(string key) => this[key] as ManifestMap;

    public ManifestList? List(string key) => this[key] as ManifestList;

    /// <summary>The value of a scalar entry as text (null when absent, null, or not a scalar).</summary>
    public string? Text(string key) => this[key] is ManifestScalar { IsNull: false } scalar ? scalar.Value : null;

    /// <summary>A boolean entry; <paramref name="otherwise"/> when absent or not a boolean.</summary>
    public bool Flag(string key, bool otherwise = false) => this[key] is ManifestScalar { Kind: ScalarKind.Bool } scalar ? scalar.Value is "true" : otherwise;

    public override bool SameAs(ManifestNode other)
    {
        if (other is not ManifestMap map || map.Entries.Count != Entries.Count)
        {
            return false;
        }

        foreach (var (key, value) in Entries)
        {
            if (!map.Entries.TryGetValue(key, out var theirs) || !value.SameAs(theirs))
            {
                return false;
            }
        }

        return true;
    }

    internal override void WriteJson(StringBuilder json)
    {
        json.Append('{');
        var first = true;
        foreach (var (key, value) in Entries)
        {
            if (!first)
            {
                json.Append(',');
            }

            ManifestScalar.WriteString(json, key);
            json.Append(':');
            value.WriteJson(json);
            first = false;
        }

        json.Append('}');
    }
}

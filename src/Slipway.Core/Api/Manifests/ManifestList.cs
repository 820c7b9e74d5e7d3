using System.Text;

namespace Slipway.Core.Api.Manifests;

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

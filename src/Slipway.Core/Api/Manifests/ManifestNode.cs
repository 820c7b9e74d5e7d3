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

using System.Globalization;
using System.Text;

namespace Slipway.Core.Editing.Trees;

/// <summary>
/// A path to a value in a YAML, JSON or TOML document: dot-separated keys (quoted when they hold a
/// dot), <c>[N]</c> to index a sequence, <c>[key=value]</c> to select the sequence items whose
/// <c>key</c> equals <c>value</c>, and for YAML an optional <c>N:</c> prefix naming a document.
/// Examples: <c>workspace.package.version</c>, <c>package[name=bpfman].version</c>,
/// <c>1:spec.relatedImages[name=bpfman].image</c>, <c>metadata.labels."helm.sh/chart"</c>.
/// </summary>
public sealed record KeyPath(int? Document, IReadOnlyList<PathSegment> Segments)
{
    public static KeyPath Parse(string text) => new KeyPathParser(text).Parse();

    public override string ToString()
    {
        var text = new StringBuilder();
        if (Document is { } document)
        {
            text.Append(document.ToString(CultureInfo.InvariantCulture)).Append(':');
        }

        for (var i = 0; i < Segments.Count; i++)
        {
            if (Segments[i] is KeySegment && i > 0)
            {
                text.Append('.');
            }

            text.Append(Segments[i]);
        }

        return text.ToString();
    }

    /// <summary>The path up to (and including) segment <paramref name="count"/> - 1, for messages.</summary>
    public string Prefix(int count) => count == 0 ? "the document root" : (this with { Document = null, Segments = Segments.Take(count).ToArray() }).ToString();
}

public abstract record PathSegment;

public sealed record KeySegment(string Name) : PathSegment
{
    public override string ToString() =>
        Name.Length > 0 && Name.All(KeyPathParser.IsBareKeyChar) ? Name : "\"" + Name.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

public sealed record IndexSegment(int Index) : PathSegment
{
    public override string ToString() => "[" + Index.ToString(CultureInfo.InvariantCulture) + "]";
}

public sealed record SelectSegment(string Key, string Value) : PathSegment
{
    public override string ToString() => $"[{Key}={Value}]";
}

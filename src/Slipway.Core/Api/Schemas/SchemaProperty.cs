using Slipway.Core.Api.Manifests;

namespace Slipway.Core.Api.Schemas;

/// <summary>One property of an OpenAPI v3 schema: its path, its parent's path (null for the root), and its schema.</summary>
public sealed record SchemaProperty(string Path, string? Parent, ManifestMap Schema);

/// <summary>
/// Property paths as crdify writes them, without its <c>^</c>: <c>.spec.agentRef.name</c>, <c>[*]</c>
/// for the items of a list and the values of a map, <c>.</c> for the root. A name that would read
/// ambiguously (it holds a dot, a bracket, a quote or a space) is written <c>["app.kubernetes.io/name"]</c>.
/// </summary>
public static class PropertyPath
{
    public const string Root = ".";

    public static string Child(string parent, string name)
    {
        var plain = name.Length > 0 && name.AsSpan().IndexOfAny(". []\"") < 0;
        var segment = plain ? "." + name : "[\"" + name.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]";
        return parent == Root ? (plain ? segment : Root + segment) : parent + segment;
    }

    public static string Items(string parent) => (parent == Root ? string.Empty : parent) + "[*]";
}

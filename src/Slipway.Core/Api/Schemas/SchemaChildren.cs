using Slipway.Core.Api.Manifests;

namespace Slipway.Core.Api.Schemas;

/// <summary>
/// The child schemas of a property, by path, as crdify walks a version: nested <c>properties</c>,
/// list <c>items</c> and map <c>additionalProperties</c> (both <c>[*]</c>).
/// </summary>
public static class SchemaChildren
{
    /// <summary>
    /// The keywords that hold child schemas: a property's own keywords are all the others. A
    /// <c>properties</c> with anything but schemas in it is not walked but compared as a whole, so that
    /// even a schema the API server would refuse cannot change unseen.
    /// </summary>
    public static bool IsChildKeyword(string keyword, ManifestNode value) => keyword switch
    {
        "properties" => value is ManifestMap children && children.Entries.All(e => e.Value is ManifestMap),
        "items" or "additionalProperties" => value is ManifestMap,
        _ => false,
    };

    /// <summary>The children of the property at <paramref name="path"/>; a schema with both items and additionalProperties (which no valid one has) shows its items.</summary>
    public static Dictionary<string, ManifestMap> Of(ManifestMap schema, string path)
    {
        var children = new Dictionary<string, ManifestMap>(StringComparer.Ordinal);
        if (schema["properties"] is ManifestMap properties && IsChildKeyword("properties", properties))
        {
            foreach (var (name, child) in properties.Entries)
            {
                children.TryAdd(PropertyPath.Child(path, name), (ManifestMap)child);
            }
        }

        foreach (var keyword in (string[])["items", "additionalProperties"])
        {
            if (schema[keyword] is ManifestMap values)
            {
                children.TryAdd(PropertyPath.Items(path), values);
            }
        }

        return children;
    }
}

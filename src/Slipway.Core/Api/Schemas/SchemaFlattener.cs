using Slipway.Core.Api.Manifests;

namespace Slipway.Core.Api.Schemas;

/// <summary>
/// Every property of a schema by its path, as crdify flattens a version before comparing it: nested
/// <c>properties</c>, list <c>items</c> and map <c>additionalProperties</c>, to any depth.
/// </summary>
public static class SchemaFlattener
{
    /// <summary>
    /// The keywords that hold child schemas: a property's own keywords are all the others. A
    /// <c>properties</c> with anything but schemas in it is not walked but compared as a whole, so that
    /// even a schema the API server would refuse cannot change unseen.
    /// </summary>
    public static bool IsChildKeyword(string keyword, ManifestNode value) => keyword switch
    {
        "properties" => value is ManifestMap children && children.Entries.Values.All(v => v is ManifestMap),
        "items" or "additionalProperties" => value is ManifestMap,
        _ => false,
    };

    public static Dictionary<string, SchemaProperty> Flatten(ManifestMap? root)
    {
        var properties = new Dictionary<string, SchemaProperty>(StringComparer.Ordinal);
        if (root is not null)
        {
            Walk(root, PropertyPath.Root, null, properties);
        }

        return properties;
    }

    private static void Walk(ManifestMap schema, string path, string? parent, Dictionary<string, SchemaProperty> properties)
    {
        if (!properties.TryAdd(path, new SchemaProperty(path, parent, schema)))
        {
            return; // a list's items and a map's values share [*]; a schema has one or the other
        }

        if (schema.Map("properties") is { } children && IsChildKeyword("properties", children))
        {
            foreach (var (name, child) in children.Entries)
            {
                if (child is ManifestMap childSchema)
                {
                    Walk(childSchema, PropertyPath.Child(path, name), path, properties);
                }
            }
        }

        if (schema["items"] is ManifestMap items)
        {
            Walk(items, PropertyPath.Items(path), path, properties);
        }

        if (schema["additionalProperties"] is ManifestMap values)
        {
            Walk(values, PropertyPath.Items(path), path, properties);
        }
    }
}

using Slipway.Core.Api.Manifests;

namespace Slipway.Core.Api.Schemas;

/// <summary>
/// The child schemas of a property, as crdify walks a version: nested <c>properties</c>, list
/// <c>items</c> and map <c>additionalProperties</c> (both <c>[*]</c>).
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
        "properties" => value is ManifestMap children && AllSchemas(children),
        "items" or "additionalProperties" => value is ManifestMap,
        _ => false,
    };

    /// <summary>The named children (<c>properties</c>, when it holds only schemas), or null.</summary>
    public static ManifestMap? Properties(ManifestMap schema) =>
        schema["properties"] is ManifestMap properties && AllSchemas(properties) ? properties : null;

    /// <summary>The child at <c>[*]</c>: <c>items</c>, else <c>additionalProperties</c> (a schema with both, which no valid one has, shows its items).</summary>
    public static ManifestMap? Items(ManifestMap schema) => schema["items"] as ManifestMap ?? schema["additionalProperties"] as ManifestMap;

    private static bool AllSchemas(ManifestMap properties)
    {
        foreach (var entry in properties.Entries)
        {
            if (entry.Value is not ManifestMap)
            {
                return false;
            }
        }

        return true;
    }
}

using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace Slipway.Cli.Output;

/// <summary>Each command's --json document and its type: schemas/output/NAME.schema.json is made from these, and a test keeps them in step.</summary>
internal static class OutputSchemas
{
    public static IReadOnlyDictionary<string, JsonTypeInfo> Types { get; } = new Dictionary<string, JsonTypeInfo>(StringComparer.Ordinal)
    {
        ["show"] = SlipwayJson.Output.ShowJson,
        ["verify"] = SlipwayJson.Output.VerifyJson,
        ["bump"] = SlipwayJson.Output.BumpJson,
        ["audit"] = SlipwayJson.Output.AuditJson,
        ["init"] = SlipwayJson.Output.InitJson,
        ["next"] = SlipwayJson.Output.NextJson,
        ["release"] = SlipwayJson.Output.ReleaseEventJson,
        ["artifacts"] = SlipwayJson.Output.ArtifactsJson,
        ["publish"] = SlipwayJson.Output.PublishJson,
        ["error"] = SlipwayJson.Output.ErrorJson,
    };

    /// <summary>The schema of <paramref name="name"/>'s --json output, with the $id it is published under.</summary>
    public static string Export(string name)
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(Types[name]).AsObject();
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"{Core.Configuration.SchemaLocation.Repository}schemas/output/{name}.schema.json",
            ["title"] = $"slipway {name} --json",
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            document[key] = value;
        }

        return document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}

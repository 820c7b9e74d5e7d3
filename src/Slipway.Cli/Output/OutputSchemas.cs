using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Slipway.Core.Release.Journal;
using Slipway.Core.Workspace.Run;

namespace Slipway.Cli.Output;

/// <summary>
/// Each --json document and the type it is made from: schemas/output/NAME.schema.json is exported from
/// these, and a test keeps them in step. The commands that continue a release (resume, done, skip)
/// print the events a release prints; status prints the release's journal as it is stored.
/// </summary>
internal static class OutputSchemas
{
    private static readonly Dictionary<string, Func<JsonObject>> Documents = new(StringComparer.Ordinal)
    {
        ["show"] = () => Of(SlipwayJson.Output.ShowJson),
        ["verify"] = () => Of(SlipwayJson.Output.VerifyJson),
        ["bump"] = () => Of(SlipwayJson.Output.BumpJson),
        ["audit"] = () => Of(SlipwayJson.Output.AuditJson),
        ["init"] = () => Of(SlipwayJson.Output.InitJson),
        ["next"] = () => Of(SlipwayJson.Output.NextJson),
        ["release"] = () => Of(SlipwayJson.Output.ReleaseEventJson),
        ["release-plan"] = () => Of(SlipwayJson.Output.ReleasePlanJson),
        ["workspace-release-plan"] = () => Of(SlipwayJson.Output.WorkspacePlanJson),
        ["resume"] = () => Of(SlipwayJson.Output.ReleaseEventJson),
        ["done"] = () => Of(SlipwayJson.Output.ReleaseEventJson),
        ["skip"] = () => Of(SlipwayJson.Output.ReleaseEventJson),
        ["status"] = () => Of(JournalStore.Contract),
        ["workspace-status"] = WorkspaceStatus,
        ["abort"] = () => Of(SlipwayJson.Output.AbortJson),
        ["tag"] = () => Of(SlipwayJson.Output.TagJson),
        ["retag"] = () => Of(SlipwayJson.Output.RetagJson),
        ["artifacts"] = () => Of(SlipwayJson.Output.ArtifactsJson),
        ["publish"] = () => Of(SlipwayJson.Output.PublishJson),
        ["error"] = () => Of(SlipwayJson.Output.ErrorJson),
    };

    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["workspace-status"] = "slipway status --json, in a workspace",
        ["release-plan"] = "slipway release --dry-run --json",
        ["workspace-release-plan"] = "slipway release --dry-run --json, in a workspace",
    };

    private static readonly JsonSchemaExporterOptions Exporting = new() { TransformSchemaNode = VersionsAsStrings };

    public static IEnumerable<string> Names => Documents.Keys;

    /// <summary>The schema of the <paramref name="name"/> document, with the $id it is published under.</summary>
    public static string Export(string name)
    {
        var schema = Documents[name]();
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"{Core.Configuration.SchemaLocation.Repository}schemas/output/{name}.schema.json",
            ["title"] = Titles.GetValueOrDefault(name, $"slipway {name} --json"),
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            document[key] = value;
        }

        return document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject Of(JsonTypeInfo type) => OmittedNullsNotRequired(type.GetJsonSchemaAsNode(Exporting)).AsObject();

    // 'slipway status --json' in a workspace: the workspace journal, and each repository's release journal by name.
    private static JsonObject WorkspaceStatus() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["workspace"] = Of(WorkspaceJournalStore.Contract),
            ["releases"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = Of(JournalStore.Contract) },
        },
        ["required"] = new JsonArray("workspace", "releases"),
    };

    // A version is written as its SemVer string by the journal's converter, which the exporter cannot see into.
    private static JsonNode VersionsAsStrings(JsonSchemaExporterContext context, JsonNode schema) =>
        context.TypeInfo.Type == typeof(Core.Versioning.SemVersion)
            ? new JsonObject { ["type"] = context.PropertyInfo?.IsGetNullable == true ? new JsonArray("string", "null") : "string" }
            : schema;

    // The exporter calls every constructor parameter required, but a null is left out of the output
    // (WhenWritingNull): a property that may be null may be missing.
    private static JsonNode OmittedNullsNotRequired(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["required"] is JsonArray required && obj["properties"] is JsonObject properties)
                {
                    var kept = required.Select(r => r!.GetValue<string>()).Where(name => !MayBeNull(properties[name])).ToList();
                    obj["required"] = new JsonArray(kept.Select(k => (JsonNode)JsonValue.Create(k)).ToArray());
                }

                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        OmittedNullsNotRequired(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.Where(c => c is not null))
                {
                    OmittedNullsNotRequired(child!);
                }

                break;
        }

        return node;
    }

    private static bool MayBeNull(JsonNode? property) => property?["type"] switch
    {
        JsonArray types => types.Any(t => t?.GetValue<string>() == "null"),
        JsonValue type => type.GetValue<string>() == "null",
        _ => false,
    };
}

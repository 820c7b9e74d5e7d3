using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Slipway.Core.Notes;

/// <summary>The JSON form of the notes model: what --json prints, and what custom templates receive.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(NotesModel))]
public sealed partial class NotesJson : JsonSerializerContext
{
    public static string Serialize(NotesModel model) => JsonSerializer.Serialize(model, Default.NotesModel);

    /// <summary>The model as plain dictionaries and lists, with the JSON names, for a template engine.</summary>
    public static object? ToPlainObjects(NotesModel model) => Plain(JsonSerializer.SerializeToNode(model, Default.NotesModel));

    private static object? Plain(JsonNode? node) => node switch
    {
        JsonObject o => o.ToDictionary(p => p.Key, p => Plain(p.Value), StringComparer.Ordinal),
        JsonArray a => a.Select(Plain).ToList(),
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<long>(out var n) => n,
        JsonValue v => v.ToString(),
        _ => null,
    };
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Slipway.Core.Notes;

/// <summary>The JSON form of the notes model: what --json prints, and what custom templates receive.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(NotesModel))]
public sealed partial class NotesJson : JsonSerializerContext
{
    public static string Serialize(NotesModel model) => JsonSerializer.Serialize(model, Default.NotesModel);
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Slipway.Core.Versioning;

namespace Slipway.Core.Release.Journal;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, UseStringEnumConverter = true,
    Converters = [typeof(SemVersionJsonConverter)])]
[JsonSerializable(typeof(ReleaseJournal))]
internal sealed partial class JournalJson : JsonSerializerContext;

/// <summary>A version as its SemVer string: "0.2.0-rc1".</summary>
internal sealed class SemVersionJsonConverter : JsonConverter<SemVersion>
{
    public override SemVersion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        SemVersion.TryParse(reader.GetString(), out var version) ? version : throw new JsonException($"'{reader.GetString()}' is not a SemVer version");

    public override void Write(Utf8JsonWriter writer, SemVersion value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

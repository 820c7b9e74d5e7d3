using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Slipway.EndToEnd.Tests.Support.GitHubContract;

/// <summary>
/// Checks a JSON value against a schema of GitHub's description: the OpenAPI 3.0 dialect of JSON
/// Schema, every keyword the description uses (counted over all its schemas: type, nullable, enum,
/// properties, required, additionalProperties, items, allOf/anyOf/oneOf, lengths, counts, bounds,
/// pattern, uniqueItems, maxProperties). Written here rather than taken from NJsonSchema because
/// that validator speaks draft-4 JSON Schema with Newtonsoft values: OpenAPI's <c>nullable</c> and
/// its local <c>$ref</c>s into a 13 MB document would need translating first, which is as much code
/// as this. A keyword it does not know is a problem too, so no part of the contract goes unchecked
/// without a word. With <paramref name="strict"/>, a property the schema does not declare is a
/// problem: GitHub ignores unknown fields, so sending one is always a mistake (a misspelled field).
/// </summary>
public sealed class SchemaCheck(OpenApiDescription description, bool strict)
{
    // Words that describe and do not constrain (format is advice in OpenAPI: GitHub's own "repo.nwo" is no standard format).
    private static readonly HashSet<string> Descriptive = ["description", "title", "example", "examples", "default", "format", "readOnly", "writeOnly", "deprecated", "externalDocs"];
    private static readonly HashSet<string> Checked = ["type", "nullable", "enum", "properties", "required", "additionalProperties", "items", "allOf", "anyOf", "oneOf",
        "minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum", "pattern", "uniqueItems", "maxProperties"];

    /// <summary>Every way <paramref name="value"/> breaks <paramref name="schema"/>, each starting with where (a JSON path from <paramref name="at"/>).</summary>
    public List<string> Problems(JsonElement value, JsonElement schema, string at)
    {
        var problems = new List<string>();
        Check(value, description.Resolve(schema), at, problems);
        return problems;
    }

    private void Check(JsonElement value, JsonElement schema, string at, List<string> problems)
    {
        foreach (var keyword in schema.EnumerateObject().Select(p => p.Name).Where(k => !Checked.Contains(k) && !Descriptive.Contains(k) && !k.StartsWith("x-", StringComparison.Ordinal)))
        {
            problems.Add($"{at}: the schema keyword '{keyword}' is not one the checker knows; teach SchemaCheck before relying on it");
        }

        if (value.ValueKind == JsonValueKind.Null && Flag(schema, "nullable"))
        {
            return;
        }

        if (schema.TryGetProperty("type", out var type) && !IsOfType(value, type.GetString()!))
        {
            problems.Add($"{at}: expected {type.GetString()}{(Flag(schema, "nullable") ? " or null" : string.Empty)}, found {Describe(value)}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            problems.Add($"{at}: {value.GetRawText()} is not one of {string.Join(", ", allowed.EnumerateArray().Select(a => a.GetRawText()))}");
        }

        Composition(value, schema, at, problems);
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                Object(value, schema, at, problems);
                break;
            case JsonValueKind.Array:
                Array(value, schema, at, problems);
                break;
            case JsonValueKind.String:
                Text(value.GetString()!, schema, at, problems);
                break;
            case JsonValueKind.Number:
                Bounds(value.GetDouble(), schema, at, problems);
                break;
        }
    }

    private void Composition(JsonElement value, JsonElement schema, string at, List<string> problems)
    {
        if (schema.TryGetProperty("allOf", out var all))
        {
            foreach (var part in all.EnumerateArray())
            {
                Check(value, description.Resolve(part), at, problems);
            }
        }

        foreach (var (keyword, fits) in new (string, Func<int, int, bool>)[] { ("anyOf", (passing, _) => passing >= 1), ("oneOf", (passing, _) => passing == 1) })
        {
            if (!schema.TryGetProperty(keyword, out var choices))
            {
                continue;
            }

            var outcomes = choices.EnumerateArray().Select(c => Problems(value, c, at)).ToList();
            var passing = outcomes.Count(o => o.Count == 0);
            if (!fits(passing, outcomes.Count))
            {
                problems.Add($"{at}: matches {passing} of the {outcomes.Count} schemas of {keyword}" + (passing == 0 ? $" (the nearest: {string.Join("; ", outcomes.MinBy(o => o.Count)!)})" : string.Empty));
            }
        }
    }

    private void Object(JsonElement value, JsonElement schema, string at, List<string> problems)
    {
        var declared = schema.TryGetProperty("properties", out var properties) ? properties : default;
        foreach (var name in schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!) : [])
        {
            if (!value.TryGetProperty(name, out _))
            {
                problems.Add($"{at}: the required property '{name}' is missing");
            }
        }

        var count = 0;
        foreach (var property in value.EnumerateObject())
        {
            count++;
            var where = $"{at}.{property.Name}";
            if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, description.Resolve(propertySchema), where, problems);
            }
            else if (schema.TryGetProperty("additionalProperties", out var extra))
            {
                if (extra.ValueKind == JsonValueKind.False)
                {
                    problems.Add($"{where}: not allowed (additionalProperties: false)");
                }
                else if (extra.ValueKind == JsonValueKind.Object)
                {
                    Check(property.Value, description.Resolve(extra), where, problems);
                }
            }
            else if (strict && declared.ValueKind == JsonValueKind.Object)
            {
                problems.Add($"{where}: not a property GitHub's schema declares (GitHub would ignore it silently)");
            }
        }

        if (schema.TryGetProperty("maxProperties", out var most) && count > most.GetInt32())
        {
            problems.Add($"{at}: {count} properties, at most {most.GetInt32()} allowed");
        }
    }

    private void Array(JsonElement value, JsonElement schema, string at, List<string> problems)
    {
        var items = value.EnumerateArray().ToList();
        if (schema.TryGetProperty("items", out var itemSchema))
        {
            var resolved = description.Resolve(itemSchema);
            for (var i = 0; i < items.Count; i++)
            {
                Check(items[i], resolved, $"{at}[{i}]", problems);
            }
        }

        Range(items.Count, schema, "minItems", "maxItems", "items", at, problems);
        if (Flag(schema, "uniqueItems") && items.Select(i => i.GetRawText()).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            problems.Add($"{at}: the items must be unique");
        }
    }

    private static void Text(string text, JsonElement schema, string at, List<string> problems)
    {
        Range(text.Length, schema, "minLength", "maxLength", "characters", at, problems);
        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.ECMAScript))
        {
            problems.Add($"{at}: \"{text}\" does not match {pattern.GetString()}");
        }
    }

    private static void Bounds(double number, JsonElement schema, string at, List<string> problems)
    {
        if (schema.TryGetProperty("minimum", out var least) && number < least.GetDouble())
        {
            problems.Add($"{at}: {number.ToString(CultureInfo.InvariantCulture)} is below the minimum {least.GetRawText()}");
        }

        if (schema.TryGetProperty("maximum", out var most) && number > most.GetDouble())
        {
            problems.Add($"{at}: {number.ToString(CultureInfo.InvariantCulture)} is above the maximum {most.GetRawText()}");
        }
    }

    private static void Range(int count, JsonElement schema, string min, string max, string unit, string at, List<string> problems)
    {
        if (schema.TryGetProperty(min, out var least) && count < least.GetInt32())
        {
            problems.Add($"{at}: {count} {unit}, at least {least.GetInt32()} required");
        }

        if (schema.TryGetProperty(max, out var most) && count > most.GetInt32())
        {
            problems.Add($"{at}: {count} {unit}, at most {most.GetInt32()} allowed");
        }
    }

    private static bool IsOfType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static bool Flag(JsonElement schema, string name) => schema.TryGetProperty(name, out var flag) && flag.ValueKind == JsonValueKind.True;

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Null => "null",
        _ => value.GetRawText(),
    };
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Slipway.EndToEnd.Tests.Support.GitHubContract;

/// <summary>One operation of the description (e.g. <c>POST /repos/{owner}/{repo}/releases</c>), with the path's values as a request matched it.</summary>
public sealed class OpenApiOperation(OpenApiDescription description, string method, string template, JsonElement item, JsonElement operation, IReadOnlyDictionary<string, string> pathValues)
{
    public OpenApiDescription Description => description;

    public string Method => method;

    public string Template => template;

    public IReadOnlyDictionary<string, string> PathValues => pathValues;

    public string Id => operation.TryGetProperty("operationId", out var id) ? id.GetString()! : $"{method} {template}";

    public override string ToString() => $"{method} {template} ({Id})";

    /// <summary>The parameters of the path item and of the operation, the operation's winning on the same name and place.</summary>
    public IReadOnlyList<JsonElement> Parameters
    {
        get
        {
            var all = new Dictionary<(string, string), JsonElement>();
            foreach (var source in new[] { item, operation })
            {
                if (source.TryGetProperty("parameters", out var list))
                {
                    foreach (var parameter in list.EnumerateArray().Select(description.Resolve))
                    {
                        all[(parameter.GetProperty("name").GetString()!, parameter.GetProperty("in").GetString()!)] = parameter;
                    }
                }
            }

            return [.. all.Values];
        }
    }

    /// <summary>The request body's JSON schema, and whether a body is required; null when the operation takes no body.</summary>
    public (JsonElement Schema, bool Required)? RequestBody =>
        operation.TryGetProperty("requestBody", out var body) && description.Resolve(body) is var resolved
            && resolved.GetProperty("content").TryGetProperty("application/json", out var json)
            ? (json.GetProperty("schema"), resolved.TryGetProperty("required", out var required) && required.GetBoolean())
            : null;

    /// <summary>The JSON schema of the answer with <paramref name="status"/>, or null when GitHub describes none.</summary>
    public JsonElement? ResponseSchema(int status) =>
        Response(status) is { } response && response.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json)
            && json.TryGetProperty("schema", out var schema)
            ? schema
            : null;

    /// <summary>
    /// A fresh copy of the description's example answer with <paramref name="status"/> (its "default"
    /// example, else its first), for the fake to fill with its own state; null when it has none.
    /// </summary>
    public JsonNode? Example(int status)
    {
        if (Response(status) is not { } response || !response.TryGetProperty("content", out var content) || !content.TryGetProperty("application/json", out var json))
        {
            return null;
        }

        if (json.TryGetProperty("examples", out var examples))
        {
            var chosen = examples.TryGetProperty("default", out var preferred) ? preferred : examples.EnumerateObject().First().Value;
            return JsonNode.Parse(description.Resolve(chosen).GetProperty("value").GetRawText());
        }

        return json.TryGetProperty("example", out var example) ? JsonNode.Parse(example.GetRawText()) : null;
    }

    private JsonElement? Response(int status) =>
        operation.GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response)
            ? description.Resolve(response)
            : null;
}

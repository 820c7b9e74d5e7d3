using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Slipway.EndToEnd.Tests.Support.GitHubContract;

/// <summary>What one request did against GitHub's contract: the operation it names (null: none), and every way it breaks the contract.</summary>
public sealed record ContractVerdict(OpenApiOperation? Operation, IReadOnlyList<string> Violations);

/// <summary>
/// Checks a request against GitHub's description: the path and method are an operation; every path
/// and query parameter is declared, of its type and enum, within the maximum its description states
/// ("(max 100)"), and the required ones are there; the JSON body is valid against the operation's
/// schema, with no undeclared field. The description declares no headers, so the headers GitHub's
/// REST documentation asks of every request are checked from that: Accept (GitHub's JSON media
/// type), X-GitHub-Api-Version (the version Slipway speaks), Authorization (a Bearer or token
/// scheme) and User-Agent (GitHub refuses requests without one).
/// </summary>
public static partial class RequestContract
{
    /// <summary>The REST API version GitHub's documentation names for these operations (2022-11-28 is the version the description's operations are documented under).</summary>
    public const string ApiVersion = "2022-11-28";

    private static readonly string[] JsonMediaTypes = ["application/vnd.github+json", "application/json"];

    public static ContractVerdict Check(OpenApiDescription description, string method, string path, string query, IReadOnlyDictionary<string, string> headers, string body)
    {
        var violations = new List<string>();
        var operation = description.Find(method, path);
        if (operation is null)
        {
            violations.Add(description.HasPath(path) ? $"GitHub has no {method} on {path}" : $"GitHub's API has no path {path}");
            return new ContractVerdict(null, violations);
        }

        Headers(headers, violations);
        Parameters(operation, ParseQuery(query, violations), violations);
        Body(description, operation, headers, body, violations);
        return new ContractVerdict(operation, violations);
    }

    private static void Headers(IReadOnlyDictionary<string, string> headers, List<string> violations)
    {
        var accept = headers.GetValueOrDefault("Accept") ?? string.Empty;
        if (!accept.Split(',').Select(t => t.Split(';')[0].Trim()).Any(t => JsonMediaTypes.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            violations.Add($"header Accept: '{accept}' does not accept GitHub's JSON ({string.Join(" or ", JsonMediaTypes)})");
        }

        if (headers.GetValueOrDefault("X-GitHub-Api-Version") != ApiVersion)
        {
            violations.Add($"header X-GitHub-Api-Version: '{headers.GetValueOrDefault("X-GitHub-Api-Version")}', expected {ApiVersion}");
        }

        if (!AuthorizationScheme().IsMatch(headers.GetValueOrDefault("Authorization") ?? string.Empty))
        {
            violations.Add("header Authorization: missing, or not 'Bearer TOKEN' / 'token TOKEN'");
        }

        if (string.IsNullOrWhiteSpace(headers.GetValueOrDefault("User-Agent")))
        {
            violations.Add("header User-Agent: missing (GitHub refuses requests without one)");
        }
    }

    private static void Parameters(OpenApiOperation operation, Dictionary<string, List<string>> query, List<string> violations)
    {
        var declared = operation.Parameters;
        foreach (var parameter in declared)
        {
            var name = parameter.GetProperty("name").GetString()!;
            var place = parameter.GetProperty("in").GetString()!;
            var required = parameter.TryGetProperty("required", out var flag) && flag.GetBoolean();
            var values = place switch
            {
                "path" => operation.PathValues.TryGetValue(name, out var value) ? [value] : [],
                "query" => query.GetValueOrDefault(name) ?? [],
                _ => (List<string>)[],
            };
            if (place is not ("path" or "query"))
            {
                continue; // header and cookie parameters: GitHub's description declares none
            }

            if (values.Count == 0 && required)
            {
                violations.Add($"{place} parameter '{name}' is required");
            }
            else if (values.Count > 1)
            {
                violations.Add($"{place} parameter '{name}' is given {values.Count} times");
            }
            else if (values.Count == 1)
            {
                violations.AddRange(Value(operation.Description, parameter, values[0]).Select(p => $"{place} parameter '{name}'{p}"));
            }
        }

        var known = declared.Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal);
        violations.AddRange(query.Keys.Where(k => !known.Contains(k)).Select(k => $"query parameter '{k}' is not declared for {operation}"));
    }

    // A parameter's value is text; it becomes the JSON value its schema's type reads it as, then is checked like any value.
    private static List<string> Value(OpenApiDescription description, JsonElement parameter, string text)
    {
        var schema = description.Resolve(parameter.GetProperty("schema"));
        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : "string";
        string? json = type switch
        {
            "integer" => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : null,
            "number" => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real.ToString("R", CultureInfo.InvariantCulture) : null,
            "boolean" => text is "true" or "false" ? text : null,
            "string" => JsonSerializer.Serialize(text),
            _ => null,
        };
        if (json is null)
        {
            return [$": '{text}' is not {(type is "integer" ? "an" : "a")} {type}"];
        }

        using var document = JsonDocument.Parse(json);
        var problems = new SchemaCheck(description, strict: true).Problems(document.RootElement, schema, string.Empty);
        if (type is "integer" && parameter.TryGetProperty("description", out var words) && MaxInWords().Match(words.GetString()!) is { Success: true } max
            && long.Parse(json, CultureInfo.InvariantCulture) > long.Parse(max.Groups[1].Value, CultureInfo.InvariantCulture))
        {
            problems.Add($": {json} is above the maximum its description states ({max.Value})");
        }

        return problems;
    }

    private static void Body(OpenApiDescription description, OpenApiOperation operation, IReadOnlyDictionary<string, string> headers, string body, List<string> violations)
    {
        if (operation.RequestBody is not { } expected)
        {
            if (body.Length > 0)
            {
                violations.Add($"{operation} takes no body, and one was sent");
            }

            return;
        }

        if (body.Length == 0)
        {
            if (expected.Required)
            {
                violations.Add($"{operation} requires a JSON body");
            }

            return;
        }

        var type = headers.GetValueOrDefault("Content-Type") ?? string.Empty;
        if (!type.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            violations.Add($"header Content-Type: '{type}', the body is JSON (application/json)");
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            violations.AddRange(new SchemaCheck(description, strict: true).Problems(document.RootElement, expected.Schema, "body"));
        }
        catch (JsonException e)
        {
            violations.Add($"body: not JSON ({e.Message})");
        }
    }

    private static Dictionary<string, List<string>> ParseQuery(string query, List<string> violations)
    {
        var parameters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var (name, value) = equals < 0 ? (pair, string.Empty) : (pair[..equals], pair[(equals + 1)..]);
            if (equals < 0)
            {
                violations.Add($"query parameter '{name}' has no value");
            }

            var decoded = Uri.UnescapeDataString(name);
            (parameters.TryGetValue(decoded, out var list) ? list : parameters[decoded] = []).Add(Uri.UnescapeDataString(value.Replace('+', ' ')));
        }

        return parameters;
    }

    [GeneratedRegex(@"^(Bearer|token) \S+$")]
    private static partial Regex AuthorizationScheme();

    [GeneratedRegex(@"\(max (\d+)\)")]
    private static partial Regex MaxInWords();
}

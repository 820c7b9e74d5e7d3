using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Slipway.Core.Templates.Handlebars;

/// <summary>Where a path is looked up: the current value, the enclosing scope (<c>../</c>), the loop's data (<c>@index</c>) and block parameters.</summary>
internal sealed record Scope(JsonNode? Context, Scope? Parent, LoopData? Data, IReadOnlyDictionary<string, JsonNode?>? Parameters, Scope? Lexical);

/// <summary>What <c>{{#each}}</c> tells its body about the current item; <see cref="Parent"/> is the outer loop's (<c>@../index</c>).</summary>
internal sealed record LoopData(int Index, string? Key, bool First, bool Last, LoopData? Parent);

/// <summary>Renders a parsed template over JSON data with Handlebars' rules for truth, loops and output.</summary>
internal sealed class HandlebarsRenderer(TextWriter output, JsonNode? root)
{
    /// <returns>True, so that a block can say "rendered" in one expression.</returns>
    public bool Render(IReadOnlyList<TemplateNode> nodes, Scope scope)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode text:
                    output.Write(text.Text);
                    break;
                case ValueNode value:
                    Write(Evaluate(value.Value, scope));
                    break;
                case BlockNode block:
                    RenderBlock(block, scope);
                    break;
            }
        }

        return true;
    }

    private void RenderBlock(BlockNode block, Scope scope)
    {
        var subject = Evaluate(block.Subject, scope);
        var rendered = block.Kind switch
        {
            BlockKind.If => IsTruthy(subject) && Render(block.Body, scope),
            BlockKind.Unless or BlockKind.InvertedSection => !IsTruthy(subject) && Render(block.Body, scope),
            BlockKind.With => !IsEmpty(subject) && Render(block.Body, Enter(scope, subject, scope.Data, block.BlockParams, subject)),
            BlockKind.Each => subject is JsonArray or JsonObject && Loop(block, scope, subject),
            _ => Section(block, scope, subject),
        };
        if (!rendered)
        {
            Render(block.Inverse, scope);
        }
    }

    // {{#path}} of a value that is no block helper, as Handlebars.js does it: true renders the body here, a list loops,
    // false, nothing and an empty list render the inverse, and any other value becomes the body's context.
    private bool Section(BlockNode block, Scope scope, JsonNode? subject) => subject switch
    {
        null => false,
        JsonArray => Loop(block, scope, subject),
        JsonObject => Render(block.Body, Enter(scope, subject, scope.Data, [])),
        _ => subject.GetValueKind() switch
        {
            JsonValueKind.True => Render(block.Body, scope),
            JsonValueKind.False or JsonValueKind.Null => false,
            _ => Render(block.Body, Enter(scope, subject, scope.Data, [])),
        },
    };

    /// <summary>Renders the body once per item of a list or property of an object; false when there was none.</summary>
    private bool Loop(BlockNode block, Scope scope, JsonNode subject)
    {
        var items = subject is JsonArray array
            ? array.Select((item, i) => (Key: (string?)null, Item: item, Index: i)).ToList()
            : subject.AsObject().Select((p, i) => ((string?)p.Key, p.Value, i)).ToList();
        foreach (var (key, item, index) in items)
        {
            var data = new LoopData(index, key, index == 0, index == items.Count - 1, scope.Data);
            var position = key is null ? JsonValue.Create(index) : JsonValue.Create(key);
            Render(block.Body, Enter(scope, item, data, block.BlockParams, item, position));
        }

        return items.Count > 0;
    }

    private static Scope Enter(Scope scope, JsonNode? context, LoopData? data, IReadOnlyList<string> names, params JsonNode?[] values)
    {
        var parameters = names.Count == 0 ? null : names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i < values.Length ? values[p.i] : null, StringComparer.Ordinal);
        return new Scope(context, scope, data, parameters, scope);
    }

    private JsonNode? Evaluate(Expr expression, Scope scope) => expression switch
    {
        LiteralExpr literal => literal.Value,
        CallExpr call => call.Helper.Invoke(call.Arguments.Select(a => Evaluate(a, scope)).ToList()),
        PathExpr path => Resolve(path, scope),
        _ => null,
    };

    private JsonNode? Resolve(PathExpr path, Scope scope)
    {
        var segments = path.Segments;
        JsonNode? value;
        if (path.IsData)
        {
            var data = scope.Data;
            for (var i = 0; i < path.Depth; i++)
            {
                data = data?.Parent;
            }

            value = segments[0] switch
            {
                "root" => root,
                "index" when data is not null => JsonValue.Create(data.Index),
                "key" when data?.Key is not null => JsonValue.Create(data.Key),
                "first" when data is not null => JsonValue.Create(data.First),
                "last" when data is not null => JsonValue.Create(data.Last),
                _ => null,
            };
            return Member(value, segments, 1);
        }

        if (path.Depth == 0 && segments.Count > 0 && Parameter(scope, segments[0]) is { } parameter)
        {
            return Member(parameter.Value, segments, 1);
        }

        var target = scope;
        for (var i = 0; i < path.Depth; i++)
        {
            target = target.Parent ?? target;
        }

        return Member(target.Context, segments, 0);
    }

    private static KeyValuePair<string, JsonNode?>? Parameter(Scope scope, string name)
    {
        for (Scope? s = scope; s is not null; s = s.Lexical)
        {
            if (s.Parameters is { } parameters && parameters.TryGetValue(name, out var value))
            {
                return new(name, value);
            }
        }

        return null;
    }

    private static JsonNode? Member(JsonNode? value, IReadOnlyList<string> segments, int from)
    {
        for (var i = from; i < segments.Count && value is not null; i++)
        {
            value = Member(value, segments[i]);
        }

        return value;
    }

    /// <summary>A property of an object, an item of a list by number, or a list's <c>length</c>; nothing otherwise.</summary>
    public static JsonNode? Member(JsonNode? value, string name) => value switch
    {
        JsonObject o => o.TryGetPropertyValue(name, out var member) ? member : null,
        JsonArray a when name == "length" => JsonValue.Create(a.Count),
        JsonArray a => int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count ? a[i] : null,
        _ => null,
    };

    /// <summary>Handlebars' truth: nothing, false, 0, "" and an empty list are false; everything else (an empty object too) is true.</summary>
    public static bool IsTruthy(JsonNode? value) => value switch
    {
        null => false,
        JsonArray a => a.Count > 0,
        JsonObject => true,
        _ => value.GetValueKind() switch
        {
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.String => value.GetValue<string>().Length > 0,
            JsonValueKind.Number => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture) != 0,
            _ => true,
        },
    };

    /// <summary>What <c>{{#with}}</c> skips: nothing, false, "" and an empty list (0 is a value).</summary>
    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray a => a.Count == 0,
        JsonObject => false,
        _ => value.GetValueKind() is JsonValueKind.False or JsonValueKind.Null || value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length == 0,
    };

    private void Write(JsonNode? value) => output.Write(Text(value));

    /// <summary>How a value is written, as Handlebars.js writes it (no HTML escaping: notes are Markdown).</summary>
    public static string Text(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonArray a => string.Join(',', a.Select(Text)),
        JsonObject => "[object Object]",
        _ => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => string.Empty,
            _ => value.ToJsonString(),
        },
    };
}

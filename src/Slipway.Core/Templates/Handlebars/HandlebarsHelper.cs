using System.Text.Json.Nodes;

namespace Slipway.Core.Templates.Handlebars;

/// <summary>A helper that computes a value from <see cref="Arity"/> values: <c>{{name a b}}</c> or <c>(name a b)</c>.</summary>
public sealed record HandlebarsHelper(int Arity, Func<IReadOnlyList<JsonNode?>, JsonNode?> Invoke);

using System.Text.Json.Nodes;

namespace Slipway.Core.Templates.Handlebars;

/// <summary>
/// A Handlebars template, parsed once and rendered over JSON data. It is Slipway's own implementation of the
/// language's core (values, paths, <c>if</c>/<c>unless</c>/<c>each</c>/<c>with</c>, <c>{{else}}</c> and
/// <c>{{else if}}</c>, sections, <c>lookup</c>, comments, whitespace control; no partials, no HTML escaping), because
/// Handlebars.Net compiles templates to expression trees and reads models through reflection, which a
/// natively compiled Slipway cannot do. Every error is found when parsing, with its line and column.
/// </summary>
public sealed class HandlebarsTemplate
{
    private readonly IReadOnlyList<TemplateNode> _nodes;

    private HandlebarsTemplate(IReadOnlyList<TemplateNode> nodes) => _nodes = nodes;

    /// <param name="helpers">Helpers by name, besides the built-in <c>lookup</c>.</param>
    /// <exception cref="HandlebarsSyntaxException">The template is not valid, or calls a helper that is not there or with the wrong number of values.</exception>
    public static HandlebarsTemplate Parse(string text, IReadOnlyDictionary<string, HandlebarsHelper> helpers)
    {
        var all = new Dictionary<string, HandlebarsHelper>(helpers, StringComparer.Ordinal)
        {
            ["lookup"] = new(2, values => HandlebarsRenderer.Member(values[0], HandlebarsRenderer.Text(values[1]))),
        };
        return new HandlebarsTemplate(new HandlebarsParser(TagScanner.Scan(text), all).ParseTemplate());
    }

    public void Render(JsonNode? data, TextWriter output) =>
        new HandlebarsRenderer(output, data).Render(_nodes, new Scope(data, null, null, null, null));

    /// <summary>The text of a value as a template writes it; a helper's values are read with it.</summary>
    public static string Text(JsonNode? value) => HandlebarsRenderer.Text(value);
}

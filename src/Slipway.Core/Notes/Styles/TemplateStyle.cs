using System.Text.Json;
using System.Text.Json.Nodes;
using Slipway.Core.Configuration;
using Slipway.Core.Templates.Handlebars;

namespace Slipway.Core.Notes.Styles;

/// <summary>
/// A custom Handlebars template. It receives the model with the names that <c>slipway notes --json</c>
/// prints; output is not HTML-escaped (notes are Markdown). Helpers: <c>capitalize</c>, <c>eq</c> (and <c>lookup</c>).
/// </summary>
public sealed class TemplateStyle : INotesStyle
{
    internal static readonly IReadOnlyDictionary<string, HandlebarsHelper> Helpers = new Dictionary<string, HandlebarsHelper>(StringComparer.Ordinal)
    {
        ["capitalize"] = new(1, values => JsonValue.Create(MarkdownWriter.Capitalized(HandlebarsTemplate.Text(values[0])))),
        ["eq"] = new(2, values => JsonValue.Create(string.Equals(TextOrNull(values[0]), TextOrNull(values[1]), StringComparison.Ordinal))),
    };

    private readonly HandlebarsTemplate _template;
    private readonly bool _authors;

    /// <exception cref="NotesTemplateException">The template does not parse, or calls a helper that is not there or with the wrong number of arguments; the message names its file, line and column.</exception>
    public TemplateStyle(string text, string displayPath)
    {
        // A template can only show authors through the model's author, coAuthors and newContributors fields.
        _authors = text.Contains("author", StringComparison.OrdinalIgnoreCase) || text.Contains("contributor", StringComparison.OrdinalIgnoreCase);
        try
        {
            _template = HandlebarsTemplate.Parse(text, Helpers);
        }
        catch (HandlebarsSyntaxException e)
        {
            throw new NotesTemplateException($"{displayPath}:{e.Line}:{e.Column}: {e.Reason}");
        }
    }

    // A missing value equals only another missing value, not "".
    private static string? TextOrNull(JsonNode? value) => value is null ? null : HandlebarsTemplate.Text(value);

    /// <summary>The notes as text. Every mistake a template can make is found when it is parsed: rendering cannot fail.</summary>
    public string Render(NotesModel model)
    {
        using var output = new StringWriter();
        Write(model, output);
        return output.ToString();
    }

    /// <summary>A template receives the whole model, so everything is read; it writes pre-releases its own way; it is rendered whole before anything is written.</summary>
    public NotesCapabilities Capabilities(NotesSettings settings) => new(null, NewContributors: true, PreReleaseLine: false, PullRequestsOnly: false, RenderedFirst: true, Authors: _authors);

    public void Write(NotesModel model, TextWriter output) =>
        _template.Render(JsonSerializer.SerializeToNode(model, NotesJson.Default.NotesModel), output);
}

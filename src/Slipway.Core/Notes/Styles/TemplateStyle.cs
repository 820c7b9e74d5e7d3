using HandlebarsDotNet;
using Slipway.Core.Configuration;

namespace Slipway.Core.Notes.Styles;

/// <summary>
/// A custom Handlebars template. It receives the model with the names that <c>slipway notes --json</c>
/// prints; output is not HTML-escaped (notes are Markdown). Helpers: <c>capitalize</c>, <c>eq</c>.
/// </summary>
public sealed class TemplateStyle : INotesStyle
{
    private readonly HandlebarsTemplate<object, object> _template;
    private readonly string _displayPath;

    /// <exception cref="NotesTemplateException">The template does not compile; the message names its file and line.</exception>
    public TemplateStyle(string text, string displayPath)
    {
        _displayPath = displayPath;
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true, ThrowOnUnresolvedBindingExpression = false });
        handlebars.RegisterHelper("capitalize", (writer, _, arguments) => writer.WriteSafeString(Styles.MarkdownWriter.Capitalized(Argument(arguments, 0))));
        handlebars.RegisterHelper("eq", (_, arguments) => Equals(Argument(arguments, 0), Argument(arguments, 1)));
        TemplateBlockChecker.Check(text, displayPath);
        try
        {
            _template = handlebars.Compile(text);
        }
        catch (Exception e) when (IsTemplateFault(e))
        {
            throw new NotesTemplateException(WithPosition(e.Message, displayPath));
        }
    }

    private static string Argument(Arguments arguments, int index) =>
        index < arguments.Length ? arguments.At<object>(index)?.ToString() ?? string.Empty : string.Empty;

    // What Handlebars.Net throws for a template it cannot compile or render: its own exception, and
    // for some malformed blocks ({{#if}} without a condition) a collection or argument error.
    private static bool IsTemplateFault(Exception e) => e is HandlebarsException or InvalidOperationException or ArgumentException or IndexOutOfRangeException;

    // Handlebars.Net ends some messages with "Occured at: LINE:COL" (both 0-based): lead with it instead.
    private static string WithPosition(string message, string displayPath)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, @"\s*Occured at: ?(\d+):(\d+)\s*$");
        if (!match.Success)
        {
            return $"{displayPath}: {message.Trim()}";
        }

        var line = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        var column = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        return $"{displayPath}:{line}:{column}: {message[..match.Index].Trim().TrimEnd(':')}";
    }

    /// <summary>A template receives the whole model, so everything is read; it writes pre-releases its own way, and it may fail on the history, so it is rendered before anything is written.</summary>
    public NotesCapabilities Capabilities(NotesSettings settings) => new(null, NewContributors: true, PreReleaseLine: false, PullRequestsOnly: false, RenderedFirst: true);

    /// <exception cref="NotesTemplateException">The template fails while rendering; nothing is written.</exception>
    public void Write(NotesModel model, TextWriter output)
    {
        string text;
        try
        {
            text = _template(NotesJson.ToPlainObjects(model)!);
        }
        catch (Exception e) when (IsTemplateFault(e))
        {
            throw new NotesTemplateException(WithPosition(e.Message, _displayPath));
        }

        output.Write(text);
    }
}

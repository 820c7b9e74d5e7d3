using HandlebarsDotNet;

namespace Slipway.Core.Notes.Styles;

/// <summary>
/// A custom Handlebars template. It receives the model with the names that <c>slipway notes --json</c>
/// prints; output is not HTML-escaped (notes are Markdown). Helpers: <c>capitalize</c>, <c>eq</c>.
/// </summary>
public sealed class TemplateStyle : INotesStyle
{
    private readonly HandlebarsTemplate<object, object> _template;

    /// <exception cref="NotesTemplateException">The template does not compile; the message names its file and line.</exception>
    public TemplateStyle(string text, string displayPath)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true, ThrowOnUnresolvedBindingExpression = false });
        handlebars.RegisterHelper("capitalize", (writer, _, arguments) => writer.WriteSafeString(Styles.MarkdownWriter.Capitalized(arguments.At<object>(0)?.ToString() ?? string.Empty)));
        handlebars.RegisterHelper("eq", (_, arguments) => Equals(arguments.At<object>(0)?.ToString(), arguments.At<object>(1)?.ToString()));
        TemplateBlockChecker.Check(text, displayPath);
        try
        {
            _template = handlebars.Compile(text);
        }
        catch (HandlebarsException e)
        {
            throw new NotesTemplateException(WithPosition(e.Message, displayPath));
        }
    }

    // Handlebars.Net ends some messages with "Occured at: LINE:COL" (0-based column): lead with it instead.
    private static string WithPosition(string message, string displayPath)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, @"\s*Occured at: ?(\d+):(\d+)\s*$");
        if (!match.Success)
        {
            return $"{displayPath}: {message.Trim()}";
        }

        var column = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        return $"{displayPath}:{match.Groups[1].Value}:{column}: {message[..match.Index].Trim().TrimEnd(':')}";
    }

    public void Write(NotesModel model, TextWriter output)
    {
        try
        {
            output.Write(_template(NotesJson.ToPlainObjects(model)!));
        }
        catch (HandlebarsException e)
        {
            throw new NotesTemplateException(e.Message);
        }
    }
}

namespace Slipway.Core.Notes.Styles;

/// <summary>Shapes a <see cref="NotesModel"/> into text, written straight to the output; one implementation per style.</summary>
public interface INotesStyle
{
    void Write(NotesModel model, TextWriter output);
}

public static class NotesStyleExtensions
{
    public static string Render(this INotesStyle style, NotesModel model)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        style.Write(model, text);
        return text.ToString();
    }
}

namespace Slipway.Core.Notes.Styles;

/// <summary>Shapes a <see cref="NotesModel"/> into text; one implementation per style.</summary>
public interface INotesStyle
{
    string Render(NotesModel model);
}

namespace Slipway.Core.Notes.Styles;

/// <summary>A custom notes template that cannot be compiled or rendered; the message names the file and line.</summary>
public sealed class NotesTemplateException : Exception
{
    public NotesTemplateException(string message)
        : base(message)
    {
    }

    public NotesTemplateException()
    {
    }

    public NotesTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

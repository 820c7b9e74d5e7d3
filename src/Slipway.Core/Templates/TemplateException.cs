namespace Slipway.Core.Templates;

/// <summary>A template that cannot be parsed; <see cref="Offset"/> is the character index of the problem.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string message, int offset)
        : base(message)
    {
        Offset = offset;
    }

    public TemplateException()
    {
    }

    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Offset { get; }
}

namespace Slipway.Core.Templates.Handlebars;

/// <summary>A template that cannot be parsed: <see cref="Reason"/> at <see cref="Line"/>:<see cref="Column"/> (both 1-based).</summary>
public sealed class HandlebarsSyntaxException : Exception
{
    public HandlebarsSyntaxException(string reason, int line, int column)
        : base($"{line}:{column}: {reason}")
    {
        Reason = reason;
        Line = line;
        Column = column;
    }

    public HandlebarsSyntaxException()
    {
    }

    public HandlebarsSyntaxException(string message)
        : base(message)
    {
    }

    public HandlebarsSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string Reason { get; } = string.Empty;

    public int Line { get; }

    public int Column { get; }
}

namespace Slipway.Core.Diagnostics;

/// <summary>
/// An expected failure that the user can act on: it carries a catalogue entry (and so an exit code),
/// a message that says what is wrong, and optionally a hint that says what to do about it.
/// Anything else that escapes is a bug and exits 70.
/// </summary>
public class SlipwayException : Exception
{
    public SlipwayException(ErrorKind kind, string message, string? hint = null, IReadOnlyList<string>? details = null)
        : base(message)
    {
        Kind = kind;
        Hint = hint;
        Details = details ?? [];
    }

    public SlipwayException()
        : this(Errors.Internal, "unspecified error")
    {
    }

    public SlipwayException(string message)
        : this(Errors.Internal, message)
    {
    }

    public SlipwayException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = Errors.Internal;
        Details = [];
    }

    public ErrorKind Kind { get; }

    public string? Hint { get; }

    /// <summary>Lines that belong to the error (one per diagnostic or per offending reference).</summary>
    public IReadOnlyList<string> Details { get; }
}

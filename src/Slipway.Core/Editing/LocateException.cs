namespace Slipway.Core.Editing;

/// <summary>
/// A file that a locator cannot read (malformed YAML, TOML, JSON, XML…), or a locator that does not
/// apply to what it finds. <see cref="Offset"/> is the character index of the problem when known.
/// </summary>
public sealed class LocateException : Exception
{
    public LocateException(string message, int? offset = null)
        : base(message)
    {
        Offset = offset;
    }

    public LocateException()
    {
    }

    public LocateException(string message)
        : base(message)
    {
    }

    public LocateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int? Offset { get; }
}

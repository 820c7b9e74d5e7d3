namespace Slipway.Core.Api.Manifests;

/// <summary>A manifest that cannot be read, with the 1-based line and column of the problem.</summary>
public sealed class ManifestException : Exception
{
    public ManifestException(int line, int column, string message)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    public ManifestException()
    {
    }

    public ManifestException(string message)
        : base(message)
    {
    }

    public ManifestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Line { get; }

    public int Column { get; }
}

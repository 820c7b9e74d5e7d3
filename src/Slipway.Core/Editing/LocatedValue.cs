namespace Slipway.Core.Editing;

/// <summary>
/// A value found in a text: the span of its characters as written (inside any quotes), the decoded
/// value, and how a replacement must be encoded to take its place.
/// </summary>
public sealed record LocatedValue(TextSpan Span, string Value, ValueEncoding Encoding)
{
    /// <summary>Where the value sits when that matters for counting it, e.g. "in the else branch (line 5) of the ifeq at line 3".</summary>
    public string? Note { get; init; }
}

namespace Slipway.Core.Editing;

/// <summary>
/// A value found in a text: the span of its characters as written (inside any quotes), the decoded
/// value, and how a replacement must be encoded to take its place.
/// </summary>
public sealed record LocatedValue(TextSpan Span, string Value, ValueEncoding Encoding);

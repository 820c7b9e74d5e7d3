using System.Globalization;

namespace Slipway.Core.Configuration;

/// <summary>How many matches a reference must have in each file: an exact number, or <c>any</c> (one or more).</summary>
public readonly record struct MatchCount(int? Exactly)
{
    public static readonly MatchCount ExactlyOne = new(1);

    public static readonly MatchCount AnyNumber = new(null);

    public bool Accepts(int found) => Exactly is { } n ? found == n : found >= 1;

    public override string ToString() => Exactly is { } n ? n.ToString(CultureInfo.InvariantCulture) : "any";

    public string Describe() => Exactly is { } n ? $"exactly {n}" : "at least one";
}

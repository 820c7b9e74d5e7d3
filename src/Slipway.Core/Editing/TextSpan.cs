namespace Slipway.Core.Editing;

/// <summary>A range of characters in a text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}

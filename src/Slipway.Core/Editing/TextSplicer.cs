using System.Text;

namespace Slipway.Core.Editing;

/// <summary>Replaces non-overlapping spans of a text; every character outside them is copied as it was.</summary>
public static class TextSplicer
{
    /// <exception cref="ArgumentException">Two spans overlap.</exception>
    public static string Apply(string text, IEnumerable<(TextSpan Span, string Replacement)> splices)
    {
        var ordered = splices.OrderBy(s => s.Span.Start).ToList();
        var builder = new StringBuilder(text.Length + 16 * ordered.Count);
        var position = 0;
        foreach (var (span, replacement) in ordered)
        {
            if (span.Start < position)
            {
                throw new ArgumentException($"the span at {span.Start} overlaps the one before it", nameof(splices));
            }

            builder.Append(text, position, span.Start - position).Append(replacement);
            position = span.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}

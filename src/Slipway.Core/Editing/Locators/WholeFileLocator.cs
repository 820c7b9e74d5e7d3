namespace Slipway.Core.Editing.Locators;

/// <summary><c>whole: true</c>: a file such as <c>VERSION</c> that holds only the version (blanks and line breaks around it are kept).</summary>
public sealed class WholeFileLocator : IVersionLocator
{
    public string Description => "whole: true";

    public IReadOnlyList<LocatedValue> Locate(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var value = text[start..end];
        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new LocateException("the file holds more than one line; 'whole: true' is for a file that holds only the version", start);
        }

        return [new LocatedValue(TextSpan.FromBounds(start, end), value, ValueEncoding.Raw)];
    }
}

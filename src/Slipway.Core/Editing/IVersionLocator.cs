namespace Slipway.Core.Editing;

/// <summary>
/// Finds the places of a version value in a file's text, one implementation per format. A locator
/// uses a parser only to find spans; it never re-serialises, so every other byte stays as it was.
/// </summary>
public interface IVersionLocator
{
    /// <summary>How the locator is written in slipway.yaml, e.g. <c>make: VERSION</c>.</summary>
    string Description { get; }

    /// <summary>Every value the locator addresses in <paramref name="text"/>, in text order.</summary>
    /// <exception cref="LocateException">The text cannot be parsed in the locator's format.</exception>
    IReadOnlyList<LocatedValue> Locate(string text);

    /// <summary>Why nothing was found, when <see cref="Locate"/> returns no value (for error messages).</summary>
    string ExplainNoMatch(string text) => $"{Description} matches nothing";
}

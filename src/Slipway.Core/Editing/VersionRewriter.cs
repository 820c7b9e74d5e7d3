namespace Slipway.Core.Editing;

/// <summary>
/// The updater contract in one call: text in, text out. Every value the locator finds becomes
/// <paramref name="newValue"/>, encoded for its place; nothing else changes.
/// </summary>
public static class VersionRewriter
{
    /// <exception cref="LocateException">The text cannot be parsed, or the value cannot be written in the place's style.</exception>
    public static string Rewrite(IVersionLocator locator, string text, string newValue) =>
        TextSplicer.Apply(text, locator.Locate(text).Select(v => (v.Span, ValueEncoder.Encode(newValue, v.Encoding))));
}

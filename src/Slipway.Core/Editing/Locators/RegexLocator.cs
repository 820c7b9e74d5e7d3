using System.Text.RegularExpressions;

namespace Slipway.Core.Editing.Locators;

/// <summary>
/// <c>regex: '…(?&lt;version&gt;…)…'</c>: the span of the named group <c>version</c> in every match.
/// Patterns are multi-line (<c>^</c> and <c>$</c> match at line ends) and time out rather than hang.
/// </summary>
public sealed class RegexLocator(Regex pattern) : IVersionLocator
{
    public const string GroupName = "version";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public const RegexOptions Options = RegexOptions.Multiline | RegexOptions.CultureInvariant;

    public string Description => $"regex: {pattern}";

    public IReadOnlyList<LocatedValue> Locate(string text)
    {
        try
        {
            return pattern.Matches(text)
                .Select(m => m.Groups[GroupName])
                .Where(g => g.Success)
                .Select(g => new LocatedValue(new TextSpan(g.Index, g.Length), g.Value, ValueEncoding.Raw))
                .ToArray();
        }
        catch (RegexMatchTimeoutException)
        {
            throw new LocateException($"the pattern took longer than {Timeout.TotalSeconds:0} s on this file; simplify it");
        }
    }
}

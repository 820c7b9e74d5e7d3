using System.Text.RegularExpressions;

namespace Slipway.Core.Editing.Locators;

/// <summary>
/// <c>make: VERSION</c>: the value of a Makefile variable assignment (<c>VERSION ?= 1.2.3</c>,
/// <c>export VERSION := 1.2.3</c>), without surrounding blanks or a trailing comment. Appends
/// (<c>+=</c>) and shell assignments (<c>!=</c>) are not the variable's version and are skipped.
/// </summary>
public sealed class MakeLocator : IVersionLocator
{
    private readonly string _variable;
    private readonly Regex _assignment;

    public MakeLocator(string variable)
    {
        _variable = variable;
        _assignment = new Regex(
            @"^[ \t]*(?:(?:export|override|private)[ \t]+)*" + Regex.Escape(variable) +
            @"[ \t]*(?:\?=|:{1,3}=|=)[ \t]*(?<value>(?:\\#|[^\r\n#])*?)[ \t]*(?<comment>#[^\r\n]*)?\r?$",
            RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
            TimeSpan.FromSeconds(5));
    }

    public string Description => $"make: {_variable}";

    public IReadOnlyList<LocatedValue> Locate(string text)
    {
        var found = new List<LocatedValue>();
        foreach (Match match in _assignment.Matches(text))
        {
            var value = match.Groups["value"];
            if (value.Value.EndsWith('\\'))
            {
                throw new LocateException($"{_variable} continues on the next line ('\\' at the end); Slipway replaces only one-line values", value.Index);
            }

            found.Add(new LocatedValue(new TextSpan(value.Index, value.Length), value.Value, ValueEncoding.Raw));
        }

        return found;
    }

    public string ExplainNoMatch(string text) =>
        $"no assignment of {_variable} (such as '{_variable} ?= 1.2.3' or '{_variable} := 1.2.3')";
}

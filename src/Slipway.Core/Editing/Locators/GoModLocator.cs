using System.Text.RegularExpressions;

namespace Slipway.Core.Editing.Locators;

/// <summary>
/// <c>gomod: github.com/owner/module</c>: the version of a module in go.mod's <c>require</c>
/// directives, in the single-line form and inside <c>require ( … )</c> blocks.
/// </summary>
public sealed partial class GoModLocator(string module) : IVersionLocator
{
    public string Description => $"gomod: {module}";

    /// <summary>The module whose required version this locator finds.</summary>
    public string Module => module;

    public IReadOnlyList<LocatedValue> Locate(string text)
    {
        var found = new List<LocatedValue>();
        var inBlock = false;
        foreach (Match line in Line().Matches(text))
        {
            var content = StripComment(line.Value);
            if (inBlock)
            {
                if (content.Trim() == ")")
                {
                    inBlock = false;
                    continue;
                }

                AddIfModule(BlockEntry().Match(content), line.Index, found);
            }
            else if (BlockStart().IsMatch(content))
            {
                inBlock = true;
            }
            else
            {
                AddIfModule(SingleRequire().Match(content), line.Index, found);
            }
        }

        return found;
    }

    public string ExplainNoMatch(string text) => $"go.mod does not require {module}";

    private void AddIfModule(Match entry, int lineOffset, List<LocatedValue> found)
    {
        if (entry.Success && string.Equals(entry.Groups["module"].Value.Trim('"'), module, StringComparison.Ordinal))
        {
            var version = entry.Groups["version"];
            found.Add(new LocatedValue(new TextSpan(lineOffset + version.Index, version.Length), version.Value, ValueEncoding.Raw));
        }
    }

    private static string StripComment(string line)
    {
        var comment = line.IndexOf("//", StringComparison.Ordinal);
        return comment >= 0 ? line[..comment] : line;
    }

    [GeneratedRegex(@"[^\r\n]*")]
    private static partial Regex Line();

    [GeneratedRegex(@"^\s*require\s*\(\s*$")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^\s*(?<module>""[^""]+""|\S+)\s+(?<version>v\S+)\s*$")]
    private static partial Regex BlockEntry();

    [GeneratedRegex(@"^\s*require\s+(?<module>""[^""]+""|\S+)\s+(?<version>v\S+)\s*$")]
    private static partial Regex SingleRequire();
}

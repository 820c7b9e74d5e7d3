using System.Text;
using System.Text.RegularExpressions;
using Slipway.Core.Versioning;

namespace Slipway.Core.Templates;

/// <summary>The reverse of rendering: a regular expression built from a template's parts.</summary>
internal sealed class VersionPattern
{
    private static readonly string AnyVersion = Regex.Replace(SemVersion.Pattern, @"\(\?<\w+>", "(?:");
    private const string Number = @"0|[1-9]\d*";
    private const string Identifiers = @"[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*";

    private readonly Regex _regex;

    public VersionPattern(IReadOnlyList<TemplatePart> parts)
    {
        var pattern = new StringBuilder("^");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Append(parts, pattern, seen);
        _regex = new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public VersionMatch? Match(string text)
    {
        var match = _regex.Match(text);
        if (!match.Success)
        {
            return null;
        }

        string? Value(string name) => match.Groups[name] is { Success: true } g ? g.Value : null;

        if (Value("version") is { } whole && SemVersion.TryParse(whole, out var version))
        {
            return new VersionMatch(version, version.ToString());
        }

        var (major, minor, patch) = (Value("major"), Value("minor"), Value("patch"));
        var pre = Value("prerelease") ?? string.Empty;
        var build = Value("build") ?? string.Empty;
        if (major is not null && minor is not null && patch is not null
            && SemVersion.TryParse($"{major}.{minor}.{patch}{(pre.Length > 0 ? "-" + pre : "")}{(build.Length > 0 ? "+" + build : "")}", out var built))
        {
            return new VersionMatch(built, built.ToString());
        }

        var known = new[] { major, minor, patch }.TakeWhile(p => p is not null).ToList();
        return new VersionMatch(null, known.Count == 0 ? "(no version parts)" : string.Join('.', known) + ".*");
    }

    private static void Append(IEnumerable<TemplatePart> parts, StringBuilder pattern, HashSet<string> seen)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case LiteralPart literal:
                    pattern.Append(Regex.Escape(literal.Text));
                    break;
                case PlaceholderPart placeholder when !seen.Add(placeholder.Name):
                    pattern.Append(@"\k<").Append(placeholder.Name).Append('>'); // a repeated placeholder must repeat its value
                    break;
                case PlaceholderPart placeholder:
                    pattern.Append("(?<").Append(placeholder.Name).Append('>').Append(PatternFor(placeholder.Name)).Append(')');
                    break;
                case ConditionalPart conditional:
                    pattern.Append("(?:");
                    Append(conditional.Parts, pattern, seen);
                    pattern.Append(")?");
                    break;
            }
        }
    }

    private static string PatternFor(string name) => name switch
    {
        "version" => AnyVersion,
        "major" or "minor" or "patch" => Number,
        "prerelease" or "build" => Identifiers,
        _ => ".*?",
    };
}

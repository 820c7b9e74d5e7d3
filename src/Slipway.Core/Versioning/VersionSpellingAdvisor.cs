using System.Text;
using System.Text.RegularExpressions;

namespace Slipway.Core.Versioning;

/// <summary>
/// Turns an invalid version string into the nearest valid SemVer spelling, so that an error can say
/// "did you mean 0.4.1-rc1?" instead of only "invalid". Real releases have carried "0.4.1.rc1" (a dot
/// where SemVer wants a hyphen) and "0.4.2git st" (a shell command typed into the version).
/// </summary>
public static partial class VersionSpellingAdvisor
{
    /// <summary>A one-line explanation of why <paramref name="text"/> is not a version, with a suggestion when one exists.</summary>
    public static string Explain(string text)
    {
        var suggestion = Suggest(text);
        var shown = text.Length == 0 ? "an empty string" : $"'{text}'";
        var why = $"{shown} is not a SemVer 2.0 version (MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD])";
        return suggestion is null ? why : $"{why}; did you mean '{suggestion}'?";
    }

    /// <summary>The nearest valid spelling, or null when nothing sensible can be derived.</summary>
    public static string? Suggest(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 1 && (trimmed[0] == 'v' || trimmed[0] == 'V') && char.IsAsciiDigit(trimmed[1]))
        {
            trimmed = trimmed[1..]; // the tag template adds the prefix; the version itself has none
        }

        var match = LeadingNumbers().Match(trimmed);
        if (!match.Success)
        {
            return null;
        }

        var numbers = match.Value.Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(n => n.TrimStart('0') is { Length: > 0 } t ? t : "0")
            .ToList();
        var rest = trimmed[match.Length..];
        var preRelease = new List<string>();
        if (numbers.Count > 3)
        {
            // 1.2.3.4: the fourth number is most likely a pre-release counter or a build number.
            preRelease.AddRange(numbers.Skip(3));
            numbers = numbers.Take(3).ToList();
        }

        while (numbers.Count < 3)
        {
            numbers.Add("0");
        }

        preRelease.AddRange(PreReleaseIdentifiers(rest));
        var candidate = string.Join('.', numbers) + (preRelease.Count > 0 ? "-" + string.Join('.', preRelease) : string.Empty);
        return SemVersion.TryParse(candidate, out var parsed) && !string.Equals(parsed.ToString(), text, StringComparison.Ordinal)
            ? parsed.ToString()
            : null;
    }

    // After the numbers: "-rc1", ".rc1", "_rc1" and "rc1" all mean a pre-release; anything after the first
    // character that cannot be part of one (a space, a quote) is noise and is dropped.
    private static IEnumerable<string> PreReleaseIdentifiers(string rest)
    {
        if (rest.Length == 0 || rest[0] == '+')
        {
            yield break;
        }

        var body = rest[0] is '-' or '.' or '_' or '~' ? rest[1..] : rest;
        var end = body.IndexOfAny([' ', '\t', '+', '"', '\'', '\r', '\n']);
        if (end >= 0)
        {
            if (body[end] != '+' && rest[0] is not ('-' or '.' or '_' or '~'))
            {
                yield break; // "0.4.2git st": the letters glued to the number are not a pre-release either
            }

            body = body[..end];
        }

        foreach (var identifier in body.Split(['.', '_', '~'], StringSplitOptions.RemoveEmptyEntries))
        {
            var cleaned = new StringBuilder();
            foreach (var c in identifier.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                cleaned.Append(c);
            }

            var value = cleaned.ToString();
            if (value.Length > 0)
            {
                yield return value.All(char.IsAsciiDigit) ? value.TrimStart('0') is { Length: > 0 } t ? t : "0" : value;
            }
        }
    }

    [GeneratedRegex(@"^\d+(?:\.\d+)*")]
    private static partial Regex LeadingNumbers();
}

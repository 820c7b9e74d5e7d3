using System.Buffers;
using System.Text.RegularExpressions;
using Slipway.Core.Editing;
using Slipway.Core.Editing.Locators;
using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Configuration;

/// <summary>Turns a locator key of slipway.yaml (<c>make: VERSION</c>, <c>yaml: a.b</c>…) into its locator.</summary>
public static class LocatorFactory
{
    private static readonly SearchValues<char> NotInMakeNames = SearchValues.Create(" \t:=#?+!$()");

    public static IReadOnlyList<string> Kinds { get; } = ["make", "yaml", "toml", "json", "xml", "gomod", "regex", "whole"];

    /// <summary>The locator for <paramref name="kind"/> with <paramref name="argument"/>.</summary>
    /// <exception cref="LocateException">The argument is not valid for the kind; Offset points into the argument.</exception>
    public static IVersionLocator Create(string kind, string argument) => kind switch
    {
        "make" => new MakeLocator(MakeVariable(argument)),
        "yaml" => new YamlLocator(KeyPath.Parse(argument)),
        "toml" => new TomlLocator(DocumentlessPath(argument, "toml")),
        "json" => new JsonLocator(DocumentlessPath(argument, "json")),
        "xml" => new XmlLocator(argument),
        "gomod" => new GoModLocator(ModulePath(argument)),
        "regex" => new RegexLocator(Pattern(argument)),
        "whole" => argument == "true" ? new WholeFileLocator() : throw new LocateException("whole must be true (the whole file is the version)", 0),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string MakeVariable(string name)
    {
        var bad = name.AsSpan().IndexOfAny(NotInMakeNames);
        return name.Length == 0 || bad >= 0
            ? throw new LocateException($"'{name}' is not a make variable name", Math.Max(bad, 0))
            : name;
    }

    private static KeyPath DocumentlessPath(string text, string kind)
    {
        var path = KeyPath.Parse(text);
        return path.Document is null ? path : throw new LocateException($"a {kind} file has one document; remove the 'N:' prefix", 0);
    }

    private static string ModulePath(string module)
    {
        var bad = module.AsSpan().IndexOfAny(" \t\"'");
        return module.Length == 0 || bad >= 0
            ? throw new LocateException($"'{module}' is not a Go module path (such as github.com/owner/repo)", Math.Max(bad, 0))
            : module;
    }

    private static Regex Pattern(string pattern)
    {
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexLocator.Options, RegexLocator.Timeout);
        }
        catch (RegexParseException e)
        {
            var what = Regex.Replace(e.Error.ToString(), "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
            throw new LocateException($"not a valid regular expression: {what} at offset {e.Offset}", e.Offset);
        }

        return regex.GetGroupNames().Contains(RegexLocator.GroupName, StringComparer.Ordinal)
            ? regex
            : throw new LocateException("the pattern has no group named 'version'; mark the version with (?<version>...)", 0);
    }
}

using System.Text.RegularExpressions;
using Slipway.Core.Editing;
using Slipway.Core.Editing.Locators;
using Slipway.Core.Editing.Locators.Toml;
using Slipway.Core.Editing.Trees;
using Slipway.Core.Versioning;

namespace Slipway.Core.Init;

/// <summary>A locator <c>init</c> suggests for one occurrence of the version, checked to find exactly it.</summary>
internal sealed record SuggestedLocator(string Kind, string Argument, string? ValueTemplate, int Count);

/// <summary>
/// The locator a maintainer would write for a version found in a file: the key path of the value in
/// YAML, JSON and TOML files (with a value template for what surrounds the version), the variable of
/// a Makefile assignment, and otherwise a regex built from the line's own text.
/// </summary>
internal static partial class LocatorSuggester
{
    public static SuggestedLocator? Suggest(string file, string text, int tokenStart, int tokenLength, SemVersion version)
    {
        var name = Path.GetFileName(file);
        var extension = Path.GetExtension(file).ToLowerInvariant();
        var structured = extension switch
        {
            ".yaml" or ".yml" => InTree("yaml", text, tokenStart, version, () => YamlTreeReader.Read(text)),
            ".json" => InTree("json", text, tokenStart, version, () => [JsonTreeReader.Read(text)]),
            ".toml" => InTree("toml", text, tokenStart, version, () => [TomlTreeReader.Read(text)]),
            _ when name is "Makefile" or "GNUmakefile" or "makefile" || extension == ".mk" => InMakefile(text, tokenStart, version),
            _ => null,
        };

        return structured ?? (LineRegex.For(text, tokenStart, tokenLength) is var (pattern, count) ? new SuggestedLocator("regex", pattern, null, count) : null);
    }

    private static SuggestedLocator? InTree(string kind, string text, int offset, SemVersion version, Func<IReadOnlyList<SpanNode>> read)
    {
        IReadOnlyList<SpanNode> documents;
        try
        {
            documents = read();
        }
        catch (LocateException)
        {
            return null;
        }

        if (TreePath.At(documents, offset) is not { } path)
        {
            return null;
        }

        var value = PathNavigator.Find(documents, path)[0].Value;
        var template = VersionShape.TemplateFor(value, version, out var holds);
        return holds ? new SuggestedLocator(kind, path.ToString(), template, 1) : null;
    }

    private static SuggestedLocator? InMakefile(string text, int offset, SemVersion version)
    {
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var lineEnd = text.IndexOf('\n', offset);
        var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
        if (Assignment().Match(line) is not { Success: true } assignment)
        {
            return null;
        }

        var variable = assignment.Groups["name"].Value;
        try
        {
            var values = new MakeLocator(variable).Locate(text);
            if (values.Count != 1 || values[0].Span.Start > offset || offset >= values[0].Span.End)
            {
                return null;
            }

            var template = VersionShape.TemplateFor(values[0].Value, version, out var holds);
            return holds ? new SuggestedLocator("make", variable, template, 1) : null;
        }
        catch (LocateException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?:(?:export|override|private)\s+)*(?<name>[A-Za-z_][A-Za-z0-9_.-]*)\s*(?:\?|:|::|\+|!)?=")]
    private static partial Regex Assignment();
}

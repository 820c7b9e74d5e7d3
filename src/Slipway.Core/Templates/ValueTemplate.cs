using System.Text;
using Slipway.Core.Versioning;

namespace Slipway.Core.Templates;

/// <summary>
/// A template such as <c>v{version}</c> or <c>{major}.{minor}.{patch}{?prerelease:~{prerelease}}</c>.
/// It renders a version into text and, in reverse, tells which version a piece of text implies.
/// </summary>
public sealed class ValueTemplate
{
    private readonly IReadOnlyList<TemplatePart> _parts;
    private VersionPattern? _pattern;

    private ValueTemplate(string source, IReadOnlyList<TemplatePart> parts)
    {
        Source = source;
        _parts = parts;
    }

    public string Source { get; }

    /// <summary>The parsed template, for a reader that matches any rendering of it (see Notes.ReleasePreparation).</summary>
    internal IReadOnlyList<TemplatePart> Parts => _parts;

    /// <summary>The placeholder names the template uses, conditionals included.</summary>
    public IEnumerable<string> Names => NamesIn(_parts);

    public static ValueTemplate Parse(string source, IReadOnlySet<string> allowed) =>
        new(source, new TemplateParser(source, allowed).Parse());

    /// <summary>A command line: braces that cannot open a placeholder (a shell's "{ cmd; }") are plain text.</summary>
    public static ValueTemplate ParseCommand(string source, IReadOnlySet<string> allowed) =>
        new(source, new TemplateParser(source, allowed, shellBraces: true).Parse());

    public static ValueTemplate ForVersion(string source) => Parse(source, Placeholders.Version);

    public string Render(IReadOnlyDictionary<string, string> values)
    {
        var text = new StringBuilder();
        Render(_parts, values, text);
        return text.ToString();
    }

    public string Render(SemVersion version) => Render(Placeholders.For(version));

    /// <summary>The version that <paramref name="text"/> implies under this template, if it matches it at all.</summary>
    public VersionMatch? Match(string text) => (_pattern ??= new VersionPattern(_parts)).Match(text);

    public override string ToString() => Source;

    private static void Render(IEnumerable<TemplatePart> parts, IReadOnlyDictionary<string, string> values, StringBuilder text)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case LiteralPart literal:
                    text.Append(literal.Text);
                    break;
                case PlaceholderPart placeholder:
                    text.Append(values.TryGetValue(placeholder.Name, out var value) ? value : string.Empty);
                    break;
                case ConditionalPart conditional:
                    var present = values.TryGetValue(conditional.Name, out var v) && v.Length > 0;
                    if (present == conditional.WhenPresent)
                    {
                        Render(conditional.Parts, values, text);
                    }

                    break;
            }
        }
    }

    private static IEnumerable<string> NamesIn(IEnumerable<TemplatePart> parts) => parts.SelectMany(part => part switch
    {
        PlaceholderPart p => [p.Name],
        ConditionalPart c => NamesIn(c.Parts).Prepend(c.Name),
        _ => Enumerable.Empty<string>(),
    }).Distinct(StringComparer.Ordinal);
}

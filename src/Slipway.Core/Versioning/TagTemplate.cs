using Slipway.Core.Templates;

namespace Slipway.Core.Versioning;

/// <summary>Maps versions to tags and back: with <c>v{version}</c>, <c>0.4.1-rc2</c> ↔ <c>v0.4.1-rc2</c>.</summary>
public sealed class TagTemplate
{
    public const string Default = "v{version}";

    private readonly ValueTemplate _template;

    public TagTemplate(ValueTemplate template)
    {
        if (!template.Names.Contains("version", StringComparer.Ordinal))
        {
            throw new TemplateException("a tag template must contain {version}", 0);
        }

        _template = template;
    }

    public string Source => _template.Source;

    public static TagTemplate Parse(string source) => new(ValueTemplate.ForVersion(source));

    public string TagFor(SemVersion version) => _template.Render(version);

    /// <summary>The version a tag names, or null when the tag does not follow the template or is not SemVer.</summary>
    public SemVersion? VersionOf(string tag) => _template.Match(tag)?.Version;

    public override string ToString() => Source;
}

using Slipway.Core.Versioning;

namespace Slipway.Core.Templates;

/// <summary>Maps versions to tags and back: with <c>v{version}</c>, <c>0.4.1-rc2</c> ↔ <c>v0.4.1-rc2</c>.</summary>
public sealed class TagTemplate
{
    public const string Default = "v{version}";

    private readonly ValueTemplate _template;

    // For the usual "prefix{version}suffix" (v{version}), reading a tag needs no regular expression:
    // every tag of a repository is read when notes look for the previous release.
    private readonly (string Prefix, string Suffix)? _simple;

    public TagTemplate(ValueTemplate template)
    {
        if (!template.Names.Contains("version", StringComparer.Ordinal))
        {
            throw new TemplateException("a tag template must contain {version}", 0);
        }

        _template = template;
        var at = template.Source.IndexOf("{version}", StringComparison.Ordinal);
        var (prefix, suffix) = (template.Source[..Math.Max(at, 0)], at < 0 ? string.Empty : template.Source[(at + "{version}".Length)..]);
        if (at >= 0 && !prefix.Contains('{', StringComparison.Ordinal) && !prefix.Contains('}', StringComparison.Ordinal) && !suffix.Contains('{', StringComparison.Ordinal) && !suffix.Contains('}', StringComparison.Ordinal))
        {
            _simple = (prefix, suffix);
        }
    }

    public string Source => _template.Source;

    public static TagTemplate Parse(string source) => new(ValueTemplate.ForVersion(source));

    public string TagFor(SemVersion version) => _template.Render(version);

    /// <summary>The version a tag names, or null when the tag does not follow the template or is not SemVer.</summary>
    public SemVersion? VersionOf(string tag)
    {
        if (_simple is not var (prefix, suffix))
        {
            return _template.Match(tag)?.Version;
        }

        return tag.Length > prefix.Length + suffix.Length && tag.StartsWith(prefix, StringComparison.Ordinal) && tag.EndsWith(suffix, StringComparison.Ordinal)
            && SemVersion.TryParse(tag[prefix.Length..^suffix.Length], out var version) ? version : null;
    }

    public override string ToString() => Source;
}

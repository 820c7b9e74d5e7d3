using System.Globalization;
using Slipway.Core.Configuration;
using Slipway.Core.Files;
using Slipway.Core.Templates;
using Slipway.Core.Versioning;

namespace Slipway.Core.Audit;

/// <summary>
/// The files Slipway itself writes for a release, which name its version by design: the configured
/// notes file (<c>changelogs/CHANGELOG-v{version}.md</c>) and the copies' target directories
/// (<c>examples/config/v{version}</c>). As globs for one version: a placeholder that the version
/// alone does not settle (<c>{previous}</c>, <c>{owner}</c>) matches any name.
/// </summary>
internal static class ReleaseOutputs
{
    private const char Unknown = '\u0001';

    public static IEnumerable<Glob> For(SlipwayConfig config, SemVersion version)
    {
        if (config.Notes.File is { } notes)
        {
            yield return Anchored(Render(ValueTemplate.Parse(notes, Placeholders.Notes), config, version));
        }

        foreach (var copy in config.Release.Copies)
        {
            yield return Anchored(Render(copy.To, config, version).TrimEnd('/') + "/**");
        }
    }

    private static string Render(ValueTemplate template, SlipwayConfig config, SemVersion version)
    {
        var values = Placeholders.For(version);
        values["tag"] = config.Tag.TagFor(version);
        values["core"] = version.Core().ToString();
        values["rc"] = PreReleaseStyle.NumberOf(version.PreRelease)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        foreach (var name in template.Names.Where(n => !values.ContainsKey(n)))
        {
            values[name] = Unknown.ToString();
        }

        return template.Render(values).Replace(Unknown.ToString(), "*", StringComparison.Ordinal);
    }

    // Relative to the configuration's directory, as the audit's paths are: a name without '/' must not match at any depth.
    private static Glob Anchored(string path) => new("/" + path.TrimStart('/'));
}

using Slipway.Core.Templates;
using Slipway.Core.Versioning;
using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>
/// Placeholder values of two typical releases (a final release and a pre-release with build
/// metadata), so that what a template renders to (a branch, a tag, a path) can be checked at load,
/// before any release has a version. Every value is set: what an empty value (no forge, no previous
/// release) makes of a path is checked again at run time, with the real values.
/// </summary>
internal static class SampleReleases
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Values { get; } =
    [
        For(SemVersion.Parse("1.2.3"), SemVersion.Parse("1.2.2"), "owner", "repo"),
        For(SemVersion.Parse("2.0.0-rc.1+build.5"), SemVersion.Parse("1.2.3"), "owner", "repo"),
    ];

    /// <summary>
    /// Whether the template's result for every sample release passes <paramref name="rule"/>; records an
    /// error that says it must be <paramref name="expected"/> when it does not.
    /// </summary>
    public static bool Check(ConfigNodeReader reader, YamlNode node, string keyPath, ValueTemplate template, Func<string, string?> rule, string expected)
    {
        if (Problem(template, rule) is not { } problem)
        {
            return true;
        }

        reader.Error(node, $"{keyPath} must be {expected}, found '{template.Source}': {problem}");
        return false;
    }

    /// <summary>The first problem <paramref name="check"/> finds in the template's result for a sample release, with that result.</summary>
    public static string? Problem(ValueTemplate template, Func<string, string?> check)
    {
        foreach (var values in Values)
        {
            var rendered = template.Render(values);
            if (check(rendered) is { } problem)
            {
                return rendered == template.Source ? problem : $"for version {values["version"]} it is '{rendered}': {problem}";
            }
        }

        return null;
    }

    private static Dictionary<string, string> For(SemVersion version, SemVersion previous, string owner, string repo)
    {
        var values = Placeholders.For(version);
        values["tag"] = "v" + version;
        values["core"] = version.Core().ToString();
        values["rc"] = PreReleaseStyle.NumberOf(version.PreRelease)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        values["previous"] = previous.ToString();
        values["previous_tag"] = "v" + previous;
        values["owner"] = owner;
        values["repo"] = repo;
        values["branch"] = "release/v" + version;
        values["base"] = "main";
        values["remote"] = "origin";
        values["changes"] = "- Makefile: VERSION = " + version;
        values["date"] = "2026-01-31";
        values["next_major"] = new SemVersion(version.Major + 1, 0, 0).ToString();
        values["next_minor"] = new SemVersion(version.Major, version.Minor + 1, 0).ToString();
        values["next_patch"] = new SemVersion(version.Major, version.Minor, version.Patch + 1).ToString();
        return values;
    }
}

/// <summary>What the loader says a checked value must be.</summary>
internal static class Expected
{
    public const string Path = "a path inside the repository, relative to slipway.yaml and outside .git/";
    public const string Branch = "a git branch name";
    public const string Tag = "a git tag name";
    public const string Remote = "the name of a git remote";
    public const string Version = "a SemVer version, e.g. '{next_minor}-dev'";
}

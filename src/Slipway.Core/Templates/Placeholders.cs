using System.Globalization;
using Slipway.Core.Versioning;

namespace Slipway.Core.Templates;

/// <summary>The placeholder sets that each kind of template accepts, and their values for a version.</summary>
public static class Placeholders
{
    /// <summary>What a version value or tag template may use.</summary>
    public static readonly IReadOnlySet<string> Version =
        new HashSet<string>(StringComparer.Ordinal) { "version", "major", "minor", "patch", "prerelease", "build" };

    /// <summary>What notes templates (installation text, highlights path, notes file, pre-release line) may use.</summary>
    public static readonly IReadOnlySet<string> Notes = new HashSet<string>(Version, StringComparer.Ordinal)
    {
        "tag", "core", "rc", "previous", "previous_tag", "owner", "repo",
    };

    /// <summary>What release templates (branches, messages, commands, copies, pins) may use; {date} is the release's.</summary>
    public static readonly IReadOnlySet<string> Release = new HashSet<string>(Notes, StringComparer.Ordinal)
    {
        "branch", "base", "remote", "changes", "date",
    };

    /// <summary>What a reference's value may use: the version's parts, or the date it is set on (<c>**Last Updated**: {date}</c>).</summary>
    public static readonly IReadOnlySet<string> Reference = new HashSet<string>(Version, StringComparer.Ordinal) { "date" };

    /// <summary>What the development version after a release may use: the release's values and the versions after it.</summary>
    public static readonly IReadOnlySet<string> Development = new HashSet<string>(Release, StringComparer.Ordinal) { "next_major", "next_minor", "next_patch" };

    /// <summary>A version's values with {date}, the date text of a bump or release.</summary>
    public static Dictionary<string, string> Dated(SemVersion version, string date)
    {
        var values = For(version);
        values["date"] = date;
        return values;
    }

    /// <summary>The values of a release's tag templates: the version's, with {tag}, {core} (1.2.3 of 1.2.3-rc1) and {rc} (its number, 1).</summary>
    public static Dictionary<string, string> For(SemVersion version, string tag)
    {
        var values = For(version);
        values["tag"] = tag;
        values["core"] = version.Core().ToString();
        values["rc"] = PreReleaseStyle.NumberOf(version.PreRelease)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        return values;
    }

    public static Dictionary<string, string> For(SemVersion version) => new(StringComparer.Ordinal)
    {
        ["version"] = version.ToString(),
        ["major"] = version.Major.ToString(CultureInfo.InvariantCulture),
        ["minor"] = version.Minor.ToString(CultureInfo.InvariantCulture),
        ["patch"] = version.Patch.ToString(CultureInfo.InvariantCulture),
        ["prerelease"] = version.PreRelease,
        ["build"] = version.Build,
    };
}

using Slipway.Core.Forges;
using Slipway.Core.Templates;

namespace Slipway.Core.Notes;

/// <summary>The values of the notes placeholders for one release.</summary>
public static class NotesPlaceholders
{
    public static Dictionary<string, string> For(ReleaseRange range, ForgeRepository? forge)
    {
        var values = Placeholders.For(range.Version);
        values["tag"] = range.Tag;
        values["core"] = range.Version.Core().ToString();
        values["rc"] = Versioning.PreReleaseStyle.NumberOf(range.Version.PreRelease)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        values["previous"] = range.Previous?.ToString() ?? string.Empty;
        values["previous_tag"] = range.PreviousTag ?? string.Empty;
        values["owner"] = forge?.Owner ?? string.Empty;
        values["repo"] = forge?.Name ?? string.Empty;
        return values;
    }
}

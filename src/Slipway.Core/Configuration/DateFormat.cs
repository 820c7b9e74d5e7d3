using YamlDotNet.RepresentationModel;

namespace Slipway.Core.Configuration;

/// <summary>The top-level <c>date-format</c>: how {date} is written.</summary>
internal static class DateFormat
{
    // A .NET date format (custom or standard); one that throws, or gives nothing or more than one line, is refused at load, not at release.
    public static string? Read(YamlNode node, ConfigNodeReader reader)
    {
        if (reader.String(node, "date-format") is not { } format)
        {
            return null;
        }

        try
        {
            var sample = new DateTime(2026, 1, 31, 0, 0, 0, DateTimeKind.Utc).ToString(format, System.Globalization.CultureInfo.InvariantCulture);
            if (format.Length > 0 && sample.Length > 0 && !sample.Contains('\n', StringComparison.Ordinal))
            {
                return format;
            }
        }
        catch (FormatException)
        {
            // reported below, as any other format that does not give a one-line date
        }

        reader.Error(node, $"date-format must be a .NET date format such as yyyy-MM-dd (the default) or 'MMMM d, yyyy', found '{format}'");
        return null;
    }
}

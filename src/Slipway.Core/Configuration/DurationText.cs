using System.Globalization;

namespace Slipway.Core.Configuration;

/// <summary>Durations as people write them in slipway.yaml and on the command line: 90s, 10m, 1.5h.</summary>
public static class DurationText
{
    public const string Examples = "90s, 10m or 1h";

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var unit = text.Length > 1 ? text[^1] : ' ';
        if (!double.TryParse(text[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount <= 0 || unit is not ('s' or 'm' or 'h'))
        {
            return false;
        }

        duration = unit switch { 's' => TimeSpan.FromSeconds(amount), 'm' => TimeSpan.FromMinutes(amount), _ => TimeSpan.FromHours(amount) };
        return true;
    }
}

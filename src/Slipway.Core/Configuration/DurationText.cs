using System.Globalization;

namespace Slipway.Core.Configuration;

/// <summary>Durations as people write them in slipway.yaml and on the command line: 90s, 10m, 1.5h.</summary>
public static class DurationText
{
    public const string Examples = "90s, 10m or 1h";

    /// <param name="allowZero">Whether 0s is allowed: for a wait, "do not wait, look once".</param>
    public static bool TryParse(string text, out TimeSpan duration, bool allowZero = false)
    {
        duration = TimeSpan.Zero;
        if (text.Length < 2 || text[^1] is not ('s' or 'm' or 'h')
            || !double.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || !(amount > 0 || (allowZero && amount == 0)))
        {
            return false;
        }

        duration = text[^1] switch { 's' => TimeSpan.FromSeconds(amount), 'm' => TimeSpan.FromMinutes(amount), _ => TimeSpan.FromHours(amount) };
        return true;
    }
}

using System.Globalization;

namespace Slipway.Core.Configuration;

/// <summary>Durations as people write them in slipway.yaml and on the command line: 90s, 10m, 1.5h.</summary>
public static class DurationText
{
    public const string Examples = "90s, 10m or 1h";

    /// <summary>
    /// The longest duration accepted: a week. Longer waits are better done as a stop and a resume, and
    /// every consumer (a process timeout, an HTTP timeout, a polling deadline) can hold it.
    /// </summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromDays(7);

    public const string MaximumText = "168h (a week)";

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

        // Compared as seconds before a TimeSpan is made: 999999999999h would overflow TimeSpan itself.
        var seconds = amount * text[^1] switch { 's' => 1, 'm' => 60, _ => 3600 };
        if (!(seconds <= Maximum.TotalSeconds))
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return duration > TimeSpan.Zero || allowZero;
    }
}

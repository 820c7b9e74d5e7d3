using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Slipway.Core.Versioning;

/// <summary>
/// A version as SemVer 2.0.0 defines it, parsed strictly (no "v" prefix, no leading zeros, exactly
/// three numeric parts). Precedence follows section 11 of the specification; build metadata is kept
/// but never affects ordering.
/// </summary>
public sealed partial class SemVersion : IComparable<SemVersion>, IEquatable<SemVersion>
{
    // The regular expression published at semver.org, kept verbatim so it can be checked against it.
    internal const string Pattern =
        @"(?<major>0|[1-9]\d*)\.(?<minor>0|[1-9]\d*)\.(?<patch>0|[1-9]\d*)" +
        @"(?:-(?<prerelease>(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?" +
        @"(?:\+(?<build>[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?";

    public SemVersion(long major, long minor, long patch, string preRelease = "", string build = "")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(major);
        ArgumentOutOfRangeException.ThrowIfNegative(minor);
        ArgumentOutOfRangeException.ThrowIfNegative(patch);
        Major = major;
        Minor = minor;
        Patch = patch;
        PreRelease = preRelease;
        Build = build;
    }

    public long Major { get; }

    public long Minor { get; }

    public long Patch { get; }

    /// <summary>The pre-release part without its leading '-', or empty.</summary>
    public string PreRelease { get; }

    /// <summary>The build metadata without its leading '+', or empty.</summary>
    public string Build { get; }

    public bool IsPreRelease => PreRelease.Length > 0;

    public static bool TryParse(string? text, [NotNullWhen(true)] out SemVersion? version)
    {
        version = null;
        if (text is null)
        {
            return false;
        }

        var match = StrictRegex().Match(text);
        if (!match.Success
            || !long.TryParse(match.Groups["major"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !long.TryParse(match.Groups["minor"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || !long.TryParse(match.Groups["patch"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var patch))
        {
            return false;
        }

        version = new SemVersion(major, minor, patch, match.Groups["prerelease"].Value, match.Groups["build"].Value);
        return true;
    }

    /// <summary>Parses a version, or throws a <see cref="FormatException"/> that proposes the nearest valid spelling.</summary>
    public static SemVersion Parse(string text)
    {
        if (TryParse(text, out var version))
        {
            return version;
        }

        throw new FormatException(VersionSpellingAdvisor.Explain(text));
    }

    public SemVersion WithPreRelease(string preRelease) => new(Major, Minor, Patch, preRelease);

    /// <summary>The same version without pre-release and build parts.</summary>
    public SemVersion Core() => new(Major, Minor, Patch);

    public int CompareTo(SemVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byNumbers = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (byNumbers != 0)
        {
            return byNumbers;
        }

        // A version without a pre-release part ranks above the same version with one (spec 11.3).
        return (IsPreRelease, other.IsPreRelease) switch
        {
            (false, false) => 0,
            (false, true) => 1,
            (true, false) => -1,
            _ => ComparePreRelease(PreRelease, other.PreRelease),
        };
    }

    public bool Equals(SemVersion? other) =>
        other is not null && CompareTo(other) == 0 && string.Equals(Build, other.Build, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is SemVersion other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Major, Minor, Patch, PreRelease, Build);

    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
        if (IsPreRelease)
        {
            text += "-" + PreRelease;
        }

        return Build.Length > 0 ? text + "+" + Build : text;
    }

    public static bool operator ==(SemVersion? left, SemVersion? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(SemVersion? left, SemVersion? right) => !(left == right);

    public static bool operator <(SemVersion left, SemVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(SemVersion left, SemVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(SemVersion left, SemVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SemVersion left, SemVersion right) => left.CompareTo(right) >= 0;

    private static int ComparePreRelease(string left, string right)
    {
        var a = left.Split('.');
        var b = right.Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var aNumeric = long.TryParse(a[i], NumberStyles.None, CultureInfo.InvariantCulture, out var aNumber);
            var bNumeric = long.TryParse(b[i], NumberStyles.None, CultureInfo.InvariantCulture, out var bNumber);
            var order = (aNumeric, bNumeric) switch
            {
                (true, true) => aNumber.CompareTo(bNumber),
                (true, false) => -1, // numeric identifiers rank below alphanumeric ones (11.4.3)
                (false, true) => 1,
                _ => string.CompareOrdinal(a[i], b[i]),
            };
            if (order != 0)
            {
                return Math.Sign(order);
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    [GeneratedRegex("^" + Pattern + "$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex StrictRegex();
}

namespace Slipway.Core.Versioning;

/// <summary>Which part of a version a release raises, in increasing order.</summary>
public enum BumpLevel
{
    Patch,
    Minor,
    Major,
}

public static class BumpLevels
{
    public static IReadOnlyList<string> Names { get; } = ["patch", "minor", "major"];

    public static BumpLevel? Parse(string text) => text switch
    {
        "patch" => BumpLevel.Patch,
        "minor" => BumpLevel.Minor,
        "major" => BumpLevel.Major,
        _ => null,
    };

    public static string Name(this BumpLevel level) => Names[(int)level];

    /// <summary>The level by which <paramref name="next"/> is above <paramref name="previous"/>; null when it is not above it.</summary>
    public static BumpLevel? Between(SemVersion previous, SemVersion next)
    {
        var (from, to) = (previous.Core(), next.Core());
        if (to.Major != from.Major)
        {
            return to.Major > from.Major ? BumpLevel.Major : null;
        }

        if (to.Minor != from.Minor)
        {
            return to.Minor > from.Minor ? BumpLevel.Minor : null;
        }

        // 1.2.3 → 1.2.4-rc1 raises the patch level; 1.2.3 → 1.2.3-rc1 raises nothing (it comes before 1.2.3).
        return to.Patch > from.Patch ? BumpLevel.Patch : null;
    }
}

namespace Slipway.Core.Versioning;

/// <summary>The keywords of <c>bump</c> and <c>release</c>, and how each derives the next version.</summary>
public static class VersionBump
{
    public static IReadOnlyList<string> Keywords { get; } = ["major", "minor", "patch", "rc", "release"];

    public static bool IsKeyword(string text) => Keywords.Contains(text, StringComparer.Ordinal);

    /// <summary>
    /// The next version. As npm does it, a pre-release bumps to its own final version when that is
    /// the requested level (1.0.0-rc1 + major = 1.0.0). <c>rc</c> continues a pre-release series
    /// (0.5.0-rc1 → 0.5.0-rc2) or starts one on the next patch (0.4.1 → 0.4.2-rc1) in
    /// <paramref name="style"/>; <c>release</c> drops the pre-release part.
    /// </summary>
    /// <exception cref="InvalidOperationException">The keyword does not apply (<c>release</c> of a final version).</exception>
    public static SemVersion Next(SemVersion current, string keyword, PreReleaseStyle style) => keyword switch
    {
        "major" => current.IsPreRelease && current.Minor == 0 && current.Patch == 0
            ? current.Core()
            : new SemVersion(current.Major + 1, 0, 0),
        "minor" => current.IsPreRelease && current.Patch == 0
            ? current.Core()
            : new SemVersion(current.Major, current.Minor + 1, 0),
        "patch" => current.IsPreRelease ? current.Core() : new SemVersion(current.Major, current.Minor, current.Patch + 1),
        "rc" => NextPreRelease(current, style),
        "release" => current.IsPreRelease
            ? current.Core()
            : throw new InvalidOperationException($"{current} is already a final release; 'release' finishes a pre-release such as {current.Major}.{current.Minor}.{current.Patch + 1}-{style.Format(1)}"),
        _ => throw new ArgumentOutOfRangeException(nameof(keyword), keyword, $"expected one of {string.Join(", ", Keywords)}"),
    };

    private static SemVersion NextPreRelease(SemVersion current, PreReleaseStyle style)
    {
        if (!current.IsPreRelease)
        {
            return new SemVersion(current.Major, current.Minor, current.Patch + 1, style.Format(1));
        }

        var own = PreReleaseStyle.Of(current.PreRelease);
        if (own is not null && string.Equals(own.Label, style.Label, StringComparison.Ordinal))
        {
            return current.WithPreRelease(own.Format(PreReleaseStyle.NumberOf(current.PreRelease)!.Value + 1));
        }

        // From another label (beta.2) the rc series starts, in the spelling the current one uses.
        return current.WithPreRelease((own is null ? style : style with { Dotted = own.Dotted }).Format(1));
    }
}

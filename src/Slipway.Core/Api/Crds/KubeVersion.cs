using System.Globalization;

namespace Slipway.Core.Api.Crds;

/// <summary>
/// Kubernetes API version names (v1, v2beta1, v1alpha3) in the order the API server prefers them:
/// GA before beta before alpha, higher numbers first; names of another form come last, alphabetically.
/// </summary>
public static class KubeVersion
{
    public static bool IsAlpha(string name) => Parse(name) is { Stage: 0 };

    /// <summary>Positive when <paramref name="a"/> is preferred to <paramref name="b"/> (Kubernetes' CompareKubeAwareVersionStrings).</summary>
    public static int Compare(string a, string b)
    {
        var (x, y) = (Parse(a), Parse(b));
        if (x is null || y is null)
        {
            return x is not null ? 1 : y is not null ? -1 : -string.CompareOrdinal(a, b);
        }

        var byStage = x.Value.Stage.CompareTo(y.Value.Stage);
        if (byStage != 0)
        {
            return byStage;
        }

        var byMajor = x.Value.Major.CompareTo(y.Value.Major);
        return byMajor != 0 ? byMajor : x.Value.Minor.CompareTo(y.Value.Minor);
    }

    /// <summary>
    /// Stage 2 for GA, 1 for beta, 0 for alpha; null for a name not of the shape
    /// <c>v[1-9][0-9]{0,9}((alpha|beta)[1-9][0-9]{0,9})?</c>. Read by hand rather than with a regular
    /// expression: every finding asks whether its version is alpha, and a match allocated more than the
    /// finding itself (a test holds the two to the same answers).
    /// </summary>
    private static (int Stage, long Major, long Minor)? Parse(string name)
    {
        var text = name.AsSpan();
        if (text.EndsWith('\n'))
        {
            text = text[..^1]; // as '$' in a .NET pattern, the end may be followed by one line break
        }

        var majorLength = text.StartsWith('v') ? Number(text[1..]) : 0;
        if (majorLength == 0)
        {
            return null;
        }

        var major = long.Parse(text.Slice(1, majorLength), CultureInfo.InvariantCulture);
        var rest = text[(1 + majorLength)..];
        if (rest.IsEmpty)
        {
            return (2, major, 0);
        }

        var stage = rest.StartsWith("alpha", StringComparison.Ordinal) ? 0 : rest.StartsWith("beta", StringComparison.Ordinal) ? 1 : -1;
        rest = stage < 0 ? [] : rest[(stage == 0 ? "alpha" : "beta").Length..];
        return !rest.IsEmpty && Number(rest) == rest.Length ? (stage, major, long.Parse(rest, CultureInfo.InvariantCulture)) : null;
    }

    /// <summary>How many characters at the start of <paramref name="text"/> make a number <c>[1-9][0-9]{0,9}</c> ending there; 0 when none does.</summary>
    private static int Number(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] is < '1' or > '9')
        {
            return 0;
        }

        var length = 1;
        while (length < text.Length && char.IsAsciiDigit(text[length]))
        {
            length++;
        }

        return length <= 10 ? length : 0;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Slipway.Core.Api.Crds;

/// <summary>
/// Kubernetes API version names (v1, v2beta1, v1alpha3) in the order the API server prefers them:
/// GA before beta before alpha, higher numbers first; names of another form come last, alphabetically.
/// </summary>
public static partial class KubeVersion
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

    /// <summary>Stage 2 for GA, 1 for beta, 0 for alpha.</summary>
    private static (int Stage, long Major, long Minor)? Parse(string name)
    {
        var match = Shape().Match(name);
        if (!match.Success)
        {
            return null;
        }

        var major = long.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture);
        var stage = match.Groups["stage"].Value switch { "alpha" => 0, "beta" => 1, _ => 2 };
        var minor = match.Groups["minor"].Success ? long.Parse(match.Groups["minor"].Value, CultureInfo.InvariantCulture) : 0;
        return (stage, major, minor);
    }

    [GeneratedRegex(@"^v(?<major>[1-9][0-9]{0,9})((?<stage>alpha|beta)(?<minor>[1-9][0-9]{0,9}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

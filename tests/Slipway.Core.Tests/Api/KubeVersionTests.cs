using System.Globalization;
using System.Text.RegularExpressions;
using Slipway.Core.Api.Crds;

namespace Slipway.Core.Tests.Api;

/// <summary>
/// <see cref="KubeVersion"/> reads version names by hand; the regular expression it replaced is the
/// oracle here, on the edge cases of its shape and on thousands of names made of its pieces.
/// </summary>
public sealed partial class KubeVersionTests
{
    private static readonly string[] Edges =
    [
        "", "v", "V1", "vv1", "v0", "v01", "v1", "v9", "v10", "v1234567890", "v12345678901", "v1alpha", "v1alpha0", "v1alpha1", "v1alpha01",
        "v1beta1234567890", "v1beta12345678901", "v1gamma1", "v1alpha1beta1", "v1\n", "v1\n\n", "v1alpha1\n", "\nv1", "v1 ", " v1", "v1\r",
        "v\u0661", "v1alpha\u0661", "v1Alpha1", "v2beta3", "v3alpha2", "v1beta1\n",
    ];

    private static readonly string[] Pieces = ["v", "V", "1", "2", "0", "9", "alpha", "beta", "\n", " ", "x", "\u0661", "12345"];

    public static TheoryData<string> EdgeCases() => new(Edges);

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void An_edge_of_the_shape_reads_as_the_pattern_read_it(string name)
    {
        KubeVersion.IsAlpha(name).ShouldBe(Reference(name) is { Stage: 0 }, Show(name));
        foreach (var other in Edges)
        {
            Math.Sign(KubeVersion.Compare(name, other)).ShouldBe(Math.Sign(ReferenceCompare(name, other)), $"{Show(name)} against {Show(other)}");
        }
    }

    [Fact]
    public void Names_made_of_the_shapes_pieces_read_as_the_pattern_read_them()
    {
        var random = new Random(1302);
        var names = Enumerable.Range(0, 4000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pieces[random.Next(Pieces.Length)])))
            .Select(n => random.Next(3) == 0 ? n : "v" + n) // most start as a version does, to reach past the first character
            .ToList();
        foreach (var name in names)
        {
            KubeVersion.IsAlpha(name).ShouldBe(Reference(name) is { Stage: 0 }, Show(name));
        }

        foreach (var (a, b) in names.Zip(names.Skip(1)))
        {
            Math.Sign(KubeVersion.Compare(a, b)).ShouldBe(Math.Sign(ReferenceCompare(a, b)), $"{Show(a)} against {Show(b)}");
        }
    }

    private static string Show(string name) => $"'{name.Replace("\n", "\\n", StringComparison.Ordinal)}'";

    // The replaced implementation, as it was.
    private static int ReferenceCompare(string a, string b)
    {
        var (x, y) = (Reference(a), Reference(b));
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

    private static (int Stage, long Major, long Minor)? Reference(string name)
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

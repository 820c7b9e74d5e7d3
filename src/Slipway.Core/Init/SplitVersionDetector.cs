using System.Text.RegularExpressions;
using Slipway.Core.Versioning;

namespace Slipway.Core.Init;

/// <summary>
/// A version kept in two constants of one Go file: the core and the pre-release label alone
/// (<c>const versionCore = "0.30.0"</c> and <c>const versionPreRelease = "alpha"</c>, which is
/// <c>""</c> in a release). The project is then at <c>0.30.0-alpha</c>, and a release changes the
/// label, not the core: proposing the core alone would let <c>bump 0.30.0</c> change nothing.
/// </summary>
internal static partial class SplitVersionDetector
{
    /// <summary>A pre-release label, empty included (what a release writes there).</summary>
    private const string PreReleaseGroup = @"(?<version>[0-9A-Za-z.-]*)""";

    /// <summary>
    /// Finds the label beside a proposed Go version constant that holds a bare core: the core's
    /// entry gets <c>{major}.{minor}.{patch}</c>, the label an entry of its own with
    /// <c>{prerelease}</c>, and the version both together. Returns <paramref name="version"/> when
    /// there is no such label.
    /// </summary>
    public static SemVersion Apply(InitFiles files, List<DetectedReference> references, SemVersion version)
    {
        var index = references.FindIndex(r => r.File.EndsWith(".go", StringComparison.Ordinal) && r.Kind == "regex"
            && r.CurrentValue == version.Core().ToString());
        if (index < 0 || files.Text(references[index].File) is not { } text
            || PreReleaseConstant().Matches(text) is not { Count: 1 } matches)
        {
            return version;
        }

        var label = matches[0].Groups["label"];
        var lineStart = text.LastIndexOf('\n', label.Index - 1) + 1;
        var pattern = "^" + LineRegex.Escape(text[lineStart..label.Index]) + PreReleaseGroup;
        var core = references[index];
        references[index] = core with { ValueTemplate = "{major}.{minor}.{patch}" };
        references.Insert(index + 1, new DetectedReference(core.File, "regex", pattern, "{prerelease}", label.Value,
            "the pre-release label the Go build adds to the core (empty in a release)", InitFiles.LineOf(text, label.Index)));
        return label.Length == 0 ? version : version.WithPreRelease(label.Value);
    }

    [GeneratedRegex(@"^[ \t]*(?:const|var)[ \t]+\w*[Pp]re_?[Rr]elease\w*[ \t]*(?:string[ \t]*)?=[ \t]*""(?<label>[0-9A-Za-z.-]*)""", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PreReleaseConstant();
}

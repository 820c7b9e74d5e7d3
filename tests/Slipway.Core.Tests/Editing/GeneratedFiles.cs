using FsCheck;
using FsCheck.Fluent;

namespace Slipway.Core.Tests.Editing;

/// <summary>
/// A generated file: the text before the version value, the value, the text after it, and the
/// locator that must find exactly that value. Because the test builds the file from these pieces,
/// the expected result of an edit (prefix + new value + suffix) does not depend on the code under test.
/// </summary>
public sealed record GeneratedFile(string Kind, string Argument, string Prefix, string Value, string Suffix, string ValuePrefix = "")
{
    public string Text => Prefix + Value + Suffix;

    public override string ToString() => $"{Kind}: {Argument}\n---\n{Text.Replace("\r", "\\r", StringComparison.Ordinal)}\n---";
}

/// <summary>Generators for the pieces real files are made of: versions, blanks, line endings, comments, look-alike noise.</summary>
public static class Pieces
{
    public static readonly Gen<string> SemVer =
        from major in Gen.Choose(0, 12)
        from minor in Gen.Choose(0, 30)
        from patch in Gen.Choose(0, 99)
        from pre in Gen.Elements("", "-rc1", "-rc.2", "-alpha", "-beta.11", "-0.3.7")
        from build in Gen.Elements("", "", "", "+build.5")
        select $"{major}.{minor}.{patch}{pre}{build}";

    public static readonly Gen<string> Newline = Gen.Elements("\n", "\r\n");

    public static readonly Gen<string> Blanks = Gen.Elements("", " ", "  ", "\t", " \t ");

    public static readonly Gen<string> SomeBlanks = Gen.Elements(" ", "  ", "\t", " \t");

    public static readonly Gen<string> Word = Gen.Elements("alpha", "build", "image", "name", "version_info", "VERSIONS", "ünïcode", "0.0.0.0:8443");

    /// <summary>Some of <paramref name="blocks"/>, each at most once, in any order (for formats that forbid duplicate keys).</summary>
    public static Gen<string> DistinctLines(string newline, params string[] blocks) =>
        Gen.SubListOf(blocks).SelectMany(subset => Gen.Shuffle(subset.ToArray())).Select(lines => string.Concat(lines.Select(l => l + newline)));

    /// <summary>A list of lines produced by <paramref name="line"/>, each ending with <paramref name="newline"/>.</summary>
    public static Gen<string> Lines(Gen<string> line, string newline, int max = 6) =>
        Gen.Choose(0, max).SelectMany(n => Gen.ListOf(line, n)).Select(lines => string.Concat(lines.Select(l => l + newline)));
}

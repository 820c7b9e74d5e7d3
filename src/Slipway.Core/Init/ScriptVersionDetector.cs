using System.Text.RegularExpressions;

namespace Slipway.Core.Init;

/// <summary>
/// The version an npm package reports from its own source: a constant or variable named
/// <c>VERSION</c> or <c>version</c> given a quoted version (<c>export const VERSION = '17.10.4';</c>
/// in src/index.ts, <c>export const VERSION = "1.7.9";</c> in lib/env/data.js), in the JavaScript and
/// TypeScript files of a package with a package.json at its root. Each becomes a regex locator built
/// from the line's own text. Not tests, fixtures, examples, dependencies or build output (a bundle
/// in dist/ repeats the constant; the build writes it). Like a Go program's version variable, such a
/// value as often holds a placeholder, so it is proposed only when it holds the version package.json
/// holds, and never decides that version.
/// </summary>
internal static partial class ScriptVersionDetector
{
    private const int MaxDepth = 4;

    private static readonly string[] Extensions = [".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx"];

    private static readonly string[] NotSource = ["node_modules", "dist", "build", "out", "lib-cov", "coverage", "test", "tests", "__tests__", "__mocks__", "fixtures", "testdata", "examples", "vendor"];

    public static void Detect(InitFiles files)
    {
        if (!files.All.Contains("package.json"))
        {
            return;
        }

        foreach (var file in files.All.Where(IsPackageSource))
        {
            files.TryLines(file, VersionNamed(), "the version the package reports", listedWhenOther: false, settlesVersion: false);
        }
    }

    private static bool IsPackageSource(string path)
    {
        var name = Path.GetFileName(path);
        var folders = path.Split('/')[..^1];
        return Extensions.Any(e => name.EndsWith(e, StringComparison.Ordinal))
            && !name.EndsWith(".d.ts", StringComparison.Ordinal) && !name.Contains(".min.", StringComparison.Ordinal)
            && !name.Contains(".test.", StringComparison.Ordinal) && !name.Contains(".spec.", StringComparison.Ordinal)
            && folders.Length < MaxDepth && !folders.Any(f => NotSource.Contains(f, StringComparer.Ordinal) || f.StartsWith('.'));
    }

    [GeneratedRegex(@"^[ \t]*(?:export[ \t]+)?(?:(?:const|let|var)[ \t]+)?(?:VERSION|version)[ \t]*(?::[ \t]*string[ \t]*)?=[ \t]*(?<quote>['""`])(?<token>v?[0-9]+\.[0-9]+\.[0-9]+(?:[-+][0-9A-Za-z.+-]*[0-9A-Za-z])?)\k<quote>", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex VersionNamed();
}

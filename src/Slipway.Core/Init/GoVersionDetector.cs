using System.Text.RegularExpressions;

namespace Slipway.Core.Init;

/// <summary>
/// The version a Go program reports, written in its source: any <c>…Version… = "1.30.0"</c> constant
/// of a version file (<c>version.go</c>, <c>versions.go</c>), and in the other files of a Go module a
/// constant or variable named <c>Version</c> or <c>version</c> (<c>const Version = "1.2.3"</c> in
/// <c>internal/buildinfo/buildinfo.go</c>, <c>var version = "1.2.3"</c> in <c>cmd/tool/main.go</c>).
/// Each becomes a regex locator built from the line's own text. Outside a version file such a value
/// as often holds a placeholder the build overrides (<c>0.0.0-dev</c>), so it is proposed only when it
/// holds the version found elsewhere, and never decides that version while anything else can.
/// </summary>
internal static partial class GoVersionDetector
{
    private const int MaxGoDepth = 5;

    public static void Detect(InitFiles files)
    {
        var module = files.All.Any(f => InitFiles.Named(f, "go.mod"));
        foreach (var file in files.All.Where(IsProgramSource))
        {
            if (IsVersionFile(file))
            {
                files.TryLines(file, AnyVersionConstant(), "the version constant the Go build reports");
            }
            else if (module)
            {
                files.TryLines(file, VersionNamed(), "the version the Go program reports", listedWhenOther: false, settlesVersion: false);
            }
        }
    }

    private static bool IsVersionFile(string path) => InitFiles.Named(path, "version.go") || InitFiles.Named(path, "versions.go");

    // The module's own code: not its tests, test data or vendored copies of other modules.
    private static bool IsProgramSource(string path) =>
        path.EndsWith(".go", StringComparison.Ordinal) && !path.EndsWith("_test.go", StringComparison.Ordinal)
        && path.Count(c => c == '/') < MaxGoDepth
        && !$"/{path}".Contains("/vendor/", StringComparison.Ordinal) && !$"/{path}".Contains("/testdata/", StringComparison.Ordinal);


    [GeneratedRegex(@"^[ \t]*(?:(?:const|var)[ \t]+)?(?=[A-Za-z_])\w*[Vv]ersion\w*[ \t]*(?:string[ \t]*)?=[ \t]*""(?<token>v?[0-9]+\.[0-9]+\.[0-9]+(?:[-+][0-9A-Za-z.+-]*[0-9A-Za-z])?)""", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex AnyVersionConstant();

    [GeneratedRegex(@"^[ \t]*(?:(?:const|var)[ \t]+)?[Vv]ersion[ \t]*(?:string[ \t]*)?=[ \t]*""(?<token>v?[0-9]+\.[0-9]+\.[0-9]+(?:[-+][0-9A-Za-z.+-]*[0-9A-Za-z])?)""", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex VersionNamed();
}

using Slipway.Core.Configuration;
using Slipway.Core.Versioning;

namespace Slipway.Core.Tests.Editing;

/// <summary>
/// One golden case of an updater, a folder Fixtures/FORMAT/CASE holding:
/// <list type="bullet">
/// <item>slipway.yaml: the <c>versions</c> entries (the locator, and any value template or count);</item>
/// <item>the input files those entries name, as they are before the bump;</item>
/// <item>args: the version to bump to;</item>
/// <item>expected/FILE: each edited file's exact bytes afterwards, or expected-error: text the refusal must contain.</item>
/// </list>
/// Folders without a slipway.yaml (the TOML reader's own fixtures) are not cases.
/// </summary>
internal sealed record UpdaterCase(SlipwayConfig Config, SemVersion Version, IReadOnlyDictionary<string, byte[]> Expected, string? ExpectedError)
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>Every case as FORMAT/CASE, in order.</summary>
    public static IEnumerable<string> Names() => Directory.EnumerateDirectories(Root)
        .SelectMany(format => Directory.EnumerateDirectories(format))
        .Where(folder => File.Exists(Path.Combine(folder, "slipway.yaml")))
        .Select(folder => Path.GetRelativePath(Root, folder).Replace('\\', '/'))
        .Order(StringComparer.Ordinal);

    public static UpdaterCase Load(string name)
    {
        var folder = Path.Combine(Root, name);
        var config = ConfigLoader.Load(Path.Combine(folder, "slipway.yaml"));
        var version = SemVersion.Parse(File.ReadAllText(Path.Combine(folder, "args")).Trim());
        var expectedFolder = Path.Combine(folder, "expected");
        var expected = Directory.Exists(expectedFolder)
            ? Directory.EnumerateFiles(expectedFolder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(expectedFolder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal)
            : new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var errorFile = Path.Combine(folder, "expected-error");
        var error = File.Exists(errorFile) ? File.ReadAllText(errorFile).TrimEnd('\n') : null;
        if ((error is null) == (expected.Count == 0))
        {
            throw new InvalidOperationException($"{name}: a case has either expected/ files or an expected-error, not both and not neither");
        }

        return new UpdaterCase(config, version, expected, error);
    }
}

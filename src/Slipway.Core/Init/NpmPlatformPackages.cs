using Slipway.Core.Editing;
using Slipway.Core.Editing.Locators;
using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Init;

/// <summary>
/// An npm package that wraps a native binary (git-cliff, esbuild, turbo, Biome, SWC) lists one
/// package per platform in <c>optionalDependencies</c>, published by the same release and pinned
/// exactly to its version: <c>"git-cliff-linux-x64": "2.13.0"</c>, <c>"@esbuild/linux-x64": "0.25.0"</c>.
/// Those pins move with every release. A dependency that merely shares the version (another
/// project's package at 2.13.0) is not one: the name must be the project's own, its name followed
/// by a dash, or a package of its scope (or of the scope named after it).
/// </summary>
internal static class NpmPlatformPackages
{
    public static void Detect(InitFiles files, string manifest)
    {
        if (files.Text(manifest) is not { } text || Read(text) is not MappingNode package
            || package.Get("name").OfType<ScalarNode>().FirstOrDefault()?.Value is not { Length: > 0 } name
            || package.Get("version").OfType<ScalarNode>().FirstOrDefault()?.Value is not { Length: > 0 } version)
        {
            return;
        }

        foreach (var (dependency, pin) in package.Get("optionalDependencies").OfType<MappingNode>().FirstOrDefault()?.Entries ?? [])
        {
            if (pin is ScalarNode { Value: var pinned } && pinned == version && PublishedWith(name, dependency))
            {
                files.Try(manifest, "json", $"optionalDependencies.{new KeySegment(dependency)}", $"the platform package {dependency}, published with it");
            }
        }
    }

    // git-cliff → git-cliff-linux-x64; @swc/core → @swc/core-linux-x64-gnu; esbuild → @esbuild/linux-x64;
    // @biomejs/biome → @biomejs/cli-linux-x64.
    internal static bool PublishedWith(string name, string dependency)
    {
        var scope = name.StartsWith('@') && name.IndexOf('/', StringComparison.Ordinal) is > 1 and var slash ? name[..(slash + 1)] : null;
        return dependency.StartsWith(name + "-", StringComparison.Ordinal)
            || (scope is not null && dependency.StartsWith(scope, StringComparison.Ordinal))
            || (scope is null && dependency.StartsWith("@" + name + "/", StringComparison.Ordinal));
    }

    private static SpanNode? Read(string text)
    {
        try
        {
            return JsonTreeReader.Read(text);
        }
        catch (LocateException)
        {
            return null;
        }
    }
}

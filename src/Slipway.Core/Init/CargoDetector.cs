using Slipway.Core.Editing;
using Slipway.Core.Editing.Locators.Toml;
using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Init;

/// <summary>
/// A Cargo workspace carries its version in several places that must move together: the
/// workspace (or package) version, the versions of path dependencies on its own crates, and the
/// lockfile entries of its own crates (bpfman's Cargo.toml and Cargo.lock).
/// </summary>
internal static class CargoDetector
{
    public static void Detect(
        IReadOnlyList<string> files,
        Func<string, string?> text,
        Action<string, string, string, string?, string> tryAdd,
        List<DetectedReference> found)
    {
        if (!files.Contains("Cargo.toml") || text("Cargo.toml") is not { } manifest)
        {
            return;
        }

        tryAdd("Cargo.toml", "toml", "workspace.package.version", null, "the workspace version its crates inherit");
        tryAdd("Cargo.toml", "toml", "package.version", null, "the crate version");
        var version = found.LastOrDefault(f => f.File == "Cargo.toml")?.CurrentValue;
        if (version is null)
        {
            return;
        }

        var localCrates = new List<string>();
        foreach (var (name, dependency) in WorkspaceDependencies(manifest))
        {
            var hasPath = dependency.Get("path").Any();
            var versionNode = dependency.Get("version").OfType<ScalarNode>().FirstOrDefault();
            if (hasPath && versionNode?.Value == version)
            {
                localCrates.Add(name);
                tryAdd("Cargo.toml", "toml", $"workspace.dependencies.{Key(name)}.version", null, $"the version of the path dependency {name}");
            }
        }

        if (files.Contains("Cargo.lock") && text("Cargo.lock") is { } lockfile)
        {
            foreach (var crate in LocalLockEntries(lockfile, version))
            {
                tryAdd("Cargo.lock", "toml", $"package[name={crate}].version", null, $"the lockfile entry of the workspace crate {crate}");
            }
        }
    }

    private static IEnumerable<(string Name, MappingNode Dependency)> WorkspaceDependencies(string manifest)
    {
        MappingNode root;
        try
        {
            root = TomlTreeReader.Read(manifest);
        }
        catch (LocateException)
        {
            yield break;
        }

        var dependencies = root.Get("workspace").OfType<MappingNode>().SelectMany(w => w.Get("dependencies")).OfType<MappingNode>().FirstOrDefault();
        foreach (var (name, value) in dependencies?.Entries ?? [])
        {
            if (value is MappingNode dependency)
            {
                yield return (name, dependency);
            }
        }
    }

    // Crates of the workspace itself have no "source" in the lockfile; registry and git crates do.
    private static IEnumerable<string> LocalLockEntries(string lockfile, string version)
    {
        MappingNode root;
        try
        {
            root = TomlTreeReader.Read(lockfile);
        }
        catch (LocateException)
        {
            yield break;
        }

        foreach (var package in root.Get("package").OfType<SequenceNode>().SelectMany(s => s.Items).OfType<MappingNode>())
        {
            var name = package.Get("name").OfType<ScalarNode>().FirstOrDefault()?.Value;
            var packageVersion = package.Get("version").OfType<ScalarNode>().FirstOrDefault()?.Value;
            if (name is not null && packageVersion == version && !package.Get("source").Any())
            {
                yield return name;
            }
        }
    }

    private static string Key(string name) => name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? name : $"\"{name}\"";
}

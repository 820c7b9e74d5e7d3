using Slipway.Core.Editing;
using Slipway.Core.Editing.Locators.Toml;
using Slipway.Core.Editing.Trees;
using Slipway.Core.Versioning;

namespace Slipway.Core.Init;

/// <summary>
/// A Cargo workspace carries its version in several places that must move together: the workspace
/// (or package) version, member crates that set their own, the versions of path dependencies on the
/// workspace's own crates (at the root and in members, often pinned as <c>=1.2.3</c>), and the
/// lockfile entries of its own crates (bpfman's Cargo.toml and Cargo.lock, kube-rs's members).
/// </summary>
internal static class CargoDetector
{
    private static readonly string[] DependencyTables = ["dependencies", "dev-dependencies", "build-dependencies"];

    public static void Detect(InitFiles files)
    {
        if (files.Text("Cargo.toml") is not { } manifest)
        {
            return;
        }

        files.Try("Cargo.toml", "toml", "workspace.package.version", "the workspace version its crates inherit");
        files.Try("Cargo.toml", "toml", "package.version", "the crate version");
        var workspace = Read(manifest)?.Get("workspace").OfType<MappingNode>().FirstOrDefault();
        var rootVersion = files.Found.LastOrDefault(f => f.File == "Cargo.toml") is { } root ? VersionShape.VersionIn(root.CurrentValue) : null;
        if (rootVersion is null && workspace is null)
        {
            return;
        }

        var members = new List<(string File, MappingNode Crate)>();
        foreach (var member in files.Shallow.Where(f => f != "Cargo.toml" && InitFiles.Named(f, "Cargo.toml")))
        {
            if (files.Text(member) is { } text && Read(text) is { } crate)
            {
                files.Try(member, "toml", "package.version", "the version of the member crate " + Path.GetDirectoryName(member));
                members.Add((member, crate));
            }
        }

        // A virtual workspace (only [workspace] at the root, as git-cliff's) has no version of its
        // own: its crates carry the version they are released at themselves.
        var version = rootVersion ?? MembersVersion(files, members.ConvertAll(m => m.File));
        if (version is null)
        {
            return;
        }

        PathDependencies(files, "Cargo.toml", workspace, "workspace.", version);
        foreach (var (member, crate) in members)
        {
            PathDependencies(files, member, crate, string.Empty, version);
        }

        if (files.Text("Cargo.lock") is { } lockfile)
        {
            foreach (var crate in LocalLockEntries(lockfile, version))
            {
                files.Try("Cargo.lock", "toml", $"package[name={crate}].version", $"the lockfile entry of the workspace crate {crate}");
            }
        }
    }

    // The version most member crates hold (the crates released together); none when no two agree,
    // as in a workspace of independently versioned crates.
    private static SemVersion? MembersVersion(InitFiles files, List<string> members) => files.Found
        .Where(f => members.Contains(f.File) && f.Argument == "package.version")
        .Select(f => VersionShape.VersionIn(f.CurrentValue))
        .OfType<SemVersion>()
        .GroupBy(v => v)
        .Where(g => g.Count() > 1)
        .OrderByDescending(g => g.Count())
        .ThenByDescending(g => g.Key)
        .Select(g => g.Key)
        .FirstOrDefault();

    // A dependency on a crate of the workspace: it has a path, and the version it asks for is the workspace's.
    private static void PathDependencies(InitFiles files, string file, MappingNode? owner, string prefix, SemVersion version)
    {
        foreach (var table in DependencyTables)
        {
            var dependencies = owner?.Get(table).OfType<MappingNode>().FirstOrDefault();
            foreach (var (name, value) in dependencies?.Entries ?? [])
            {
                if (value is MappingNode dependency && dependency.Get("path").Any()
                    && dependency.Get("version").OfType<ScalarNode>().FirstOrDefault() is { } pinned && VersionShape.VersionIn(pinned.Value) == version)
                {
                    files.Try(file, "toml", $"{prefix}{table}.{new KeySegment(name)}.version", $"the version of the path dependency {name}");
                }
            }
        }
    }

    private static MappingNode? Read(string text)
    {
        try
        {
            return TomlTreeReader.Read(text);
        }
        catch (LocateException)
        {
            return null;
        }
    }

    // Crates of the workspace itself have no "source" in the lockfile; registry and git crates do.
    private static IEnumerable<string> LocalLockEntries(string lockfile, SemVersion version)
    {
        foreach (var package in Read(lockfile)?.Get("package").OfType<SequenceNode>().SelectMany(s => s.Items).OfType<MappingNode>() ?? [])
        {
            var name = package.Get("name").OfType<ScalarNode>().FirstOrDefault()?.Value;
            var packageVersion = package.Get("version").OfType<ScalarNode>().FirstOrDefault()?.Value;
            if (name is not null && packageVersion == version.ToString() && !package.Get("source").Any())
            {
                yield return name;
            }
        }
    }
}

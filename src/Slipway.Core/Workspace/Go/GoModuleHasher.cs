using System.Security.Cryptography;
using Slipway.Core.Diagnostics;
using Slipway.Core.Git;

namespace Slipway.Core.Workspace.Go;

/// <summary>
/// The go.sum lines of an upstream module version, computed from the upstream repository's git
/// objects by Go's own rules (module zip, dirhash), so that no network and no Go toolchain is needed
/// and the lines equal what <c>go mod download</c> records.
/// </summary>
public static class GoModuleHasher
{
    /// <summary>
    /// The sums of <paramref name="module"/> read from the tag Go reads it from (<c>v1.2.3</c>, or
    /// <c>sub/v1.2.3</c> for a module in <c>sub/</c>).
    /// </summary>
    /// <exception cref="SlipwayException">No such tag (SW356), or Go would refuse the module (SW355).</exception>
    public static GoModuleSums HashAtTag(GitRunner upstream, GoModuleVersion module)
    {
        var reader = new GitReader(upstream);
        var tags = reader.Tags()
            .Where(t => t == module.Version || t.EndsWith("/" + module.Version, StringComparison.Ordinal))
            .OrderBy(t => t.Length)
            .ToList();
        foreach (var tag in tags)
        {
            var commit = reader.Resolve("refs/tags/" + tag);
            if (commit is null || !TryFind(upstream, commit, module, out var location) || location.TagFor(module.Version) != tag)
            {
                continue;
            }

            return HashAt(upstream, module, commit, location);
        }

        throw new SlipwayException(Errors.GoModuleNotTagged,
            $"{upstream.WorkingDirectory} has no tag for {module.Path} {module.Version}" + (tags.Count > 0 ? $" (the tags {string.Join(", ", tags)} do not hold its go.mod where Go looks)" : string.Empty),
            $"Go reads a module version from the tag {module.Version} (module at the repository's root) or DIR/{module.Version} (module in DIR); the upstream must be released and tagged first");
    }

    /// <summary>The sums <paramref name="module"/> will have once the tag Go reads it from points at <paramref name="commit"/> (for a plan made before the tag exists).</summary>
    /// <exception cref="SlipwayException">The commit does not exist (SW305) or Go would refuse the module (SW355).</exception>
    public static GoModuleSums HashAtCommit(GitRunner upstream, GoModuleVersion module, string commit)
    {
        var resolved = new GitReader(upstream).Resolve(commit)
            ?? throw new SlipwayException(Errors.GitFailed, $"{upstream.WorkingDirectory} has no commit '{commit}'");
        return HashAt(upstream, module, resolved, GoModuleLocation.Find(upstream, resolved, module));
    }

    private static bool TryFind(GitRunner upstream, string commit, GoModuleVersion module, out GoModuleLocation location)
    {
        try
        {
            location = GoModuleLocation.Find(upstream, commit, module);
            return true;
        }
        catch (SlipwayException e) when (e.Kind == Errors.GoModuleUnhashable)
        {
            location = null!;
            return false;
        }
    }

    private static GoModuleSums HashAt(GitRunner upstream, GoModuleVersion module, string commit, GoModuleLocation location)
    {
        var goModPath = location.Directory.Length == 0 ? "go.mod" : location.Directory + "/go.mod";

        // The go.mod Go records is the blob as stored (git cat-file); the zip's files come through git archive.
        var goMod = GoModuleLocation.ReadBlob(upstream, $"{commit}:{goModPath}");
        using var archive = ModuleArchive.Read(upstream, commit, location.Directory);
        var files = archive.Files(location.Directory).ToList();

        // A module in a subdirectory without a LICENSE of its own gets the repository's (cmd/go's coderepo.Zip).
        if (location.Directory.Length > 0 && !files.Any(f => f.Path == "LICENSE") && RootLicense(upstream, commit) is { } license)
        {
            files.Add(new ModuleFile("LICENSE", ModuleFileKind.Regular, license.Length, () => new MemoryStream(license, writable: false)));
        }

        var (included, omitted) = ModuleZipRules.Select(module, files);
        var hashes = included.Select(f =>
        {
            using var content = f.Open();
            return (module.ZipPrefix + f.Path, SHA256.HashData(content));
        }).ToList();
        return new GoModuleSums(module, DirHash.Hash1(hashes), DirHash.GoMod(goMod), location, commit, omitted)
        {
            GoVersion = GoModFile.Parse(System.Text.Encoding.UTF8.GetString(goMod)).GoVersion,
            Files = included.Select(f => f.Path).ToList(),
        };
    }

    private static byte[]? RootLicense(GitRunner upstream, string commit)
    {
        // Go reads it with 'git cat-file blob REV:LICENSE': whatever blob is there, a symbolic link's target text included.
        var type = upstream.Run("cat-file", "-t", "--end-of-options", $"{commit}:LICENSE");
        return type.Succeeded && type.Output.Trim() == "blob" ? GoModuleLocation.ReadBlob(upstream, $"{commit}:LICENSE") : null;
    }
}

using Slipway.Core.Diagnostics;

namespace Slipway.Core.Workspace.Go;

/// <summary>
/// Which files of a module's tree go into its zip, by Go's rules (golang.org/x/mod/zip checkFiles):
/// files of nested modules, of vendored packages and symbolic links are left out; a path Go refuses,
/// two paths equal but for case, and sizes over the limits make the whole module refused.
/// </summary>
internal static class ModuleZipRules
{
    public const long MaxZipFile = 500L << 20;
    public const long MaxGoMod = 16L << 20;
    public const long MaxLicense = 16L << 20;

    /// <exception cref="SlipwayException">Go would refuse to make a zip of these files (SW355), with one detail per refused file.</exception>
    public static (IReadOnlyList<ModuleFile> Included, IReadOnlyList<OmittedFile> Omitted) Select(GoModuleVersion module, IReadOnlyList<ModuleFile> files)
    {
        var included = new List<ModuleFile>();
        var omitted = new List<OmittedFile>();
        var invalid = new List<string>();

        // Directories holding a go.mod (in any case) other than the root are other modules.
        var nestedModules = files
            .Where(f => f.Kind == ModuleFileKind.Regular && string.Equals(Base(f.Path), "go.mod", StringComparison.OrdinalIgnoreCase))
            .Select(f => Directory(f.Path))
            .Where(d => d.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        var folded = new Dictionary<string, (string Path, bool IsDirectory)>(StringComparer.Ordinal);
        var remaining = MaxZipFile;
        string? sizeError = null;

        foreach (var file in files)
        {
            var path = file.Path;
            if (IsVendored(path))
            {
                omitted.Add(new OmittedFile(path, "file is in vendor directory"));
            }
            else if (InNestedModule(path, nestedModules))
            {
                omitted.Add(new OmittedFile(path, "file is in another module"));
            }
            else if (path == ".hg_archival.txt")
            {
                omitted.Add(new OmittedFile(path, "file is inserted by 'hg archive' and is always omitted"));
            }
            else if (GoFilePath.Problem(path) is { } problem)
            {
                Refuse($"malformed file path \"{path}\": {problem}");
            }
            else if (string.Equals(path, "go.mod", StringComparison.OrdinalIgnoreCase) && path != "go.mod")
            {
                Refuse("go.mod files must have lowercase names");
            }
            else if (Collision(path, isDirectory: false, folded) is { } collision)
            {
                Refuse(collision);
            }
            else if (file.Kind != ModuleFileKind.Regular)
            {
                omitted.Add(new OmittedFile(path, file.Kind == ModuleFileKind.Symlink ? "file is a symbolic link" : "not a regular file"));
            }
            else
            {
                if (file.Size <= remaining)
                {
                    remaining -= file.Size;
                }
                else
                {
                    sizeError ??= $"module source tree too large (max size is {MaxZipFile} bytes)";
                }

                if ((path == "go.mod" && file.Size > MaxGoMod) || (path == "LICENSE" && file.Size > MaxLicense))
                {
                    Refuse($"{path} file too large (max size is {MaxGoMod} bytes)");
                    continue;
                }

                included.Add(file);
            }

            void Refuse(string reason) => invalid.Add($"{path}: {reason}");
        }

        if (sizeError is not null)
        {
            invalid.Add(sizeError);
        }

        if (invalid.Count > 0)
        {
            throw new SlipwayException(Errors.GoModuleUnhashable,
                $"Go would refuse to make a module zip of {module.Path}@{module.Version}: {invalid.Count} problem(s) in its files",
                "Go refuses these files, so nobody can download this version through the module proxy either; fix them in the upstream repository", invalid);
        }

        return (included, omitted);
    }

    /// <summary>
    /// Go's isVendoredPackage, with its historical offset for a nested vendor directory kept as it is
    /// (golang.org/issue/31562): changing it would change every existing module hash.
    /// </summary>
    internal static bool IsVendored(string path)
    {
        int start;
        if (path.StartsWith("vendor/", StringComparison.Ordinal))
        {
            start = "vendor/".Length;
        }
        else if (path.Contains("/vendor/", StringComparison.Ordinal))
        {
            start = "/vendor/".Length;
        }
        else
        {
            return false;
        }

        return path[start..].Contains('/', StringComparison.Ordinal);
    }

    private static bool InNestedModule(string path, HashSet<string> nestedModules)
    {
        for (var directory = Directory(path); directory.Length > 0; directory = Directory(directory[..^1]))
        {
            if (nestedModules.Contains(directory))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Go's collisionChecker: the path and each of its parent directories, compared as case-folded.</summary>
    private static string? Collision(string path, bool isDirectory, Dictionary<string, (string Path, bool IsDirectory)> folded)
    {
        var key = GoFilePath.FoldKey(path);
        if (folded.TryGetValue(key, out var other))
        {
            if (other.Path != path)
            {
                return $"case-insensitive file name collision: \"{other.Path}\" and \"{path}\"";
            }

            if (other.IsDirectory != isDirectory)
            {
                return $"entry \"{path}\" is both a file and a directory";
            }

            if (!isDirectory)
            {
                return $"multiple entries for file \"{path}\"";
            }
        }
        else
        {
            folded[key] = (path, isDirectory);
        }

        var parent = path.LastIndexOf('/');
        return parent > 0 ? Collision(path[..parent], isDirectory: true, folded) : null;
    }

    /// <summary>The directory part with its trailing slash (Go's path.Split), "" at the top.</summary>
    private static string Directory(string path) => path[..(path.LastIndexOf('/') + 1)];

    private static string Base(string path) => path[(path.LastIndexOf('/') + 1)..];
}

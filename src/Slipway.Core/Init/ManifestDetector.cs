namespace Slipway.Core.Init;

/// <summary>
/// The version files of build tools and package managers: a VERSION file, Makefiles, package.json
/// with its lockfile, MSBuild, Maven and Python projects. Each is read with the locator slipway.yaml
/// will use, so what init writes, show reads the same way.
/// </summary>
internal static class ManifestDetector
{
    public static void Detect(InitFiles files)
    {
        foreach (var file in files.Shallow.Where(f => InitFiles.Named(f, "VERSION") || InitFiles.Named(f, "version.txt") || InitFiles.Named(f, "VERSION.txt")))
        {
            files.Try(file, "whole", "true", "a file that holds only the version");
        }

        foreach (var file in files.Shallow.Where(f => InitFiles.Named(f, "Makefile") || InitFiles.Named(f, "GNUmakefile") || f.EndsWith(".mk", StringComparison.Ordinal)))
        {
            files.Try(file, "make", "VERSION", "the Makefile's VERSION variable");
        }

        foreach (var file in files.Shallow.Where(f => InitFiles.Named(f, "package.json") && !f.Contains("node_modules/", StringComparison.Ordinal)))
        {
            if (files.Try(file, "json", "version", "the npm package version"))
            {
                NpmLockfile(files, file);
                NpmPlatformPackages.Detect(files, file);
            }
        }

        foreach (var file in files.Shallow.Where(f => InitFiles.Named(f, "Directory.Build.props") || f.EndsWith(".csproj", StringComparison.Ordinal) || f.EndsWith(".fsproj", StringComparison.Ordinal) || f.EndsWith(".vbproj", StringComparison.Ordinal)))
        {
            files.Try(file, "xml", "Project/PropertyGroup/Version", "the MSBuild Version property");
            files.Try(file, "xml", "Project/PropertyGroup/VersionPrefix", "the MSBuild VersionPrefix property");
            files.Try(file, "xml", "Project/PropertyGroup/PackageVersion", "the MSBuild PackageVersion property");
        }

        foreach (var file in files.Shallow.Where(f => InitFiles.Named(f, "pom.xml")))
        {
            files.Try(file, "xml", "project/version", "the Maven project version");
        }

        foreach (var file in files.Shallow.Where(f => InitFiles.Named(f, "pyproject.toml")))
        {
            files.Try(file, "toml", "project.version", "the Python project version (PEP 621)");
            files.Try(file, "toml", "tool.poetry.version", "the Poetry project version");
        }
    }

    // npm writes the package's version into its lockfile twice: at the top and as the root package "".
    private static void NpmLockfile(InitFiles files, string manifest)
    {
        var lockfile = manifest[..^"package.json".Length] + "package-lock.json";
        if (files.All.Contains(lockfile, StringComparer.Ordinal))
        {
            files.Try(lockfile, "json", "version", "the package's version in npm's lockfile");
            files.Try(lockfile, "json", "packages.\"\".version", "the root package's version in npm's lockfile (lockfileVersion 2 and 3)");
        }
    }
}

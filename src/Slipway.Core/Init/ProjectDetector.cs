using Slipway.Core.Configuration;
using Slipway.Core.Editing;
using Slipway.Core.Editing.Locators;

using Slipway.Core.Editing.Trees;

namespace Slipway.Core.Init;

/// <summary>
/// Finds the usual version files of a repository (Helm charts, Cargo workspaces and lockfiles,
/// package.json, MSBuild and Maven projects, Makefiles, pyproject.toml, a VERSION file) by reading
/// them with the very locators slipway.yaml will use, so what init writes, show reads the same way.
/// </summary>
public static class ProjectDetector
{
    private const int MaxDepth = 3;

    public static IReadOnlyList<DetectedReference> Detect(string root, IReadOnlyList<string> files)
    {
        var shallow = files.Where(f => f.Count(c => c == '/') < MaxDepth).ToList();
        var found = new List<DetectedReference>();
        var tree = Files.WorkTree.Containing(root);
        string? Text(string path)
        {
            // A tracked link that leads out of the work tree is not read: what it holds is not the project's.
            if (tree.Check(root, path) is not { Kind: null } check)
            {
                return null;
            }

            try
            {
                return TextDocument.Decode(File.ReadAllBytes(check.Real)).Text;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
            {
                return null;
            }
        }

        void Try(string file, string kind, string argument, string? template, string why)
        {
            if (Text(file) is not { } text)
            {
                return;
            }

            try
            {
                var values = LocatorFactory.Create(kind, argument).Locate(text);
                if (values.Count == 1 && values[0].Value.Length > 0)
                {
                    found.Add(new DetectedReference(file, kind, argument, template, values[0].Value, why));
                }
            }
            catch (LocateException)
            {
                // A file that does not parse is simply not a candidate; show will report it if it is configured.
            }
        }

        foreach (var file in shallow.Where(f => Named(f, "VERSION")))
        {
            Try(file, "whole", "true", null, "a file that holds only the version");
        }

        foreach (var file in shallow.Where(f => Named(f, "Makefile") || Named(f, "GNUmakefile") || f.EndsWith(".mk", StringComparison.Ordinal)))
        {
            Try(file, "make", "VERSION", null, "the Makefile's VERSION variable");
        }

        foreach (var file in shallow.Where(f => Named(f, "Chart.yaml")))
        {
            Try(file, "yaml", "version", null, "the Helm chart's version (no v prefix, by Helm convention)");
            DetectAppVersion(file, Text(file), found);
        }

        foreach (var file in shallow.Where(f => Named(f, "package.json") && !f.Contains("node_modules/", StringComparison.Ordinal)))
        {
            Try(file, "json", "version", null, "the npm package version");
        }

        foreach (var file in shallow.Where(f => Named(f, "Directory.Build.props") || f.EndsWith(".csproj", StringComparison.Ordinal) || f.EndsWith(".fsproj", StringComparison.Ordinal)))
        {
            Try(file, "xml", "Project/PropertyGroup/Version", null, "the MSBuild Version property");
            Try(file, "xml", "Project/PropertyGroup/VersionPrefix", null, "the MSBuild VersionPrefix property");
        }

        foreach (var file in shallow.Where(f => Named(f, "pom.xml")))
        {
            Try(file, "xml", "project/version", null, "the Maven project version");
        }

        foreach (var file in shallow.Where(f => Named(f, "pyproject.toml")))
        {
            Try(file, "toml", "project.version", null, "the Python project version (PEP 621)");
            Try(file, "toml", "tool.poetry.version", null, "the Poetry project version");
        }

        CargoDetector.Detect(files, Text, Try, found);
        return found;
    }

    public static bool Named(string path, string name) =>
        path == name || path.EndsWith("/" + name, StringComparison.Ordinal);

    private static void DetectAppVersion(string file, string? text, List<DetectedReference> found)
    {
        var version = found.LastOrDefault(f => f.File == file && f.Argument == "version")?.CurrentValue;
        if (text is null || version is null)
        {
            return;
        }

        try
        {
            var app = new YamlLocator(KeyPath.Parse("appVersion")).Locate(text);
            if (app.Count == 1 && (app[0].Value == version || app[0].Value == "v" + version))
            {
                var template = app[0].Value == version ? null : "v{version}";
                found.Add(new DetectedReference(file, "yaml", "appVersion", template, app[0].Value, "the chart's appVersion, which sets the default image tag"));
            }
        }
        catch (LocateException)
        {
            // Not a chart that parses; the version entry above already carries the problem.
        }
    }
}

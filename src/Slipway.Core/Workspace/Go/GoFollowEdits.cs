using Slipway.Core.Diagnostics;
using Slipway.Core.Files;
using Slipway.Core.References;

namespace Slipway.Core.Workspace.Go;

/// <summary>
/// What goes with a <c>gomod:</c> reference that follows an upstream module to a new version, besides
/// the require line the locator itself rewrites: the module's two go.sum lines, and its entry in
/// vendor/modules.txt when the module is vendored. Both files sit beside the go.mod.
/// </summary>
public static class GoFollowEdits
{
    /// <param name="documents">The downstream repository's files.</param>
    /// <param name="goModPath">The go.mod the reference edits, relative to the repository.</param>
    /// <param name="oldVersion">The version the go.mod requires now, whose go.sum lines are replaced; null to only add.</param>
    /// <exception cref="SlipwayException">go.sum is missing, holds other hashes for the version, or modules.txt does not list the module (SW357).</exception>
    public static IReadOnlyList<FileEdit> Plan(DocumentCache documents, string goModPath, GoModuleSums sums, string? oldVersion)
    {
        var directory = goModPath.Contains('/', StringComparison.Ordinal) ? goModPath[..(goModPath.LastIndexOf('/') + 1)] : string.Empty;
        var goSumPath = directory + "go.sum";
        var goSum = documents.Get(goSumPath)
            ?? throw new SlipwayException(Errors.GoSumsNotEditable, $"{goSumPath} does not exist, so the sums of {sums.Module.Path} {sums.Module.Version} have nowhere to go",
                "run 'go mod tidy' once and commit go.sum");
        var edits = new List<FileEdit>();
        Add(edits, goSum, GoSumEditor.Update(goSum.Text, sums, oldVersion));

        if (documents.Get(directory + "vendor/modules.txt") is { } modules)
        {
            var goMod = documents.Get(goModPath);
            var recordsGoVersions = goMod is not null && RecordsGoVersions(GoModFile.Parse(goMod.Text).GoVersion);
            Add(edits, modules, VendorModulesEditor.Update(modules.Text, sums.Module.Path, sums.Module.Version, sums.GoVersion, recordsGoVersions));
        }

        return edits;
    }

    /// <summary>go mod vendor records each module's go version when the main module's is 1.17 or later.</summary>
    internal static bool RecordsGoVersions(string? goVersion)
    {
        var parts = (goVersion ?? string.Empty).Split('.');
        return parts.Length >= 2 && int.TryParse(parts[0], out var major) && int.TryParse(parts[1], out var minor) && (major > 1 || (major == 1 && minor >= 17));
    }

    private static void Add(List<FileEdit> edits, LoadedDocument document, string newText)
    {
        if (!string.Equals(newText, document.Text, StringComparison.Ordinal))
        {
            edits.Add(new FileEdit(document.Path, document.Bytes, document.Document.Encode(newText), document.Text, newText));
        }
    }
}

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
    public static IReadOnlyList<FileEdit> Plan(DocumentCache documents, string goModPath, GoModuleSums sums, string? oldVersion) =>
        Plan(documents, [new GoFollow(goModPath, sums, oldVersion)]);

    /// <summary>The edits of several followed modules at once: two modules required by one go.mod share its go.sum.</summary>
    /// <exception cref="SlipwayException">go.sum is missing, holds other hashes for a version, or modules.txt does not list a module (SW357).</exception>
    public static IReadOnlyList<FileEdit> Plan(DocumentCache documents, IReadOnlyList<GoFollow> follows)
    {
        var texts = new Dictionary<string, (LoadedDocument Document, string Text)>(StringComparer.Ordinal);
        string Current(LoadedDocument document) => texts.TryGetValue(document.Path, out var edited) ? edited.Text : document.Text;

        foreach (var (goModPath, sums, oldVersion) in follows)
        {
            var directory = goModPath.Contains('/', StringComparison.Ordinal) ? goModPath[..(goModPath.LastIndexOf('/') + 1)] : string.Empty;
            var goSumPath = directory + "go.sum";
            var goSum = documents.Get(goSumPath)
                ?? throw new SlipwayException(Errors.GoSumsNotEditable, $"{goSumPath} does not exist, so the sums of {sums.Module.Path} {sums.Module.Version} have nowhere to go",
                    "run 'go mod tidy' once and commit go.sum");
            texts[goSum.Path] = (goSum, GoSumEditor.Update(Current(goSum), sums, oldVersion));

            if (documents.Get(directory + "vendor/modules.txt") is { } modules)
            {
                var goMod = documents.Get(goModPath);
                var recordsGoVersions = goMod is not null && RecordsGoVersions(GoModFile.Parse(goMod.Text).GoVersion);
                texts[modules.Path] = (modules, VendorModulesEditor.Update(Current(modules), sums.Module.Path, sums.Module.Version, sums.GoVersion, recordsGoVersions));
            }
        }

        return texts.Values
            .Where(e => !string.Equals(e.Text, e.Document.Text, StringComparison.Ordinal))
            .Select(e => new FileEdit(e.Document.Path, e.Document.Bytes, e.Document.Document.Encode(e.Text), e.Document.Text, e.Text))
            .ToList();
    }

    /// <summary>go mod vendor records each module's go version when the main module's is 1.17 or later.</summary>
    internal static bool RecordsGoVersions(string? goVersion)
    {
        var parts = (goVersion ?? string.Empty).Split('.');
        return parts.Length >= 2 && int.TryParse(parts[0], out var major) && int.TryParse(parts[1], out var minor) && (major > 1 || (major == 1 && minor >= 17));
    }
}

/// <summary>One followed Go module: the go.mod that requires it, its sums at the new version, and the version required now.</summary>
public sealed record GoFollow(string GoModPath, GoModuleSums Sums, string? OldVersion);

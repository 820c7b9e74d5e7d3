namespace Slipway.Core.Workspace.Go;

/// <summary>
/// The two go.sum lines of a module version, as Go computes them: the hash of the module's zip and
/// the hash of its go.mod; with where they were computed from, its go directive (which
/// vendor/modules.txt records) and the files Go leaves out of its zip.
/// </summary>
public sealed record GoModuleSums(GoModuleVersion Module, string Hash, string GoModHash, GoModuleLocation Location, string Commit, IReadOnlyList<OmittedFile> Omitted)
{
    /// <summary>The go directive of the module's go.mod at this version, or null when it has none.</summary>
    public string? GoVersion { get; init; }

    /// <summary>The files in the module's zip, as paths inside the module.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The tag Go reads this version from.</summary>
    public string Tag => Location.TagFor(Module.Version);

    public string Line => $"{Module.Path} {Module.Version} {Hash}";

    public string GoModLine => $"{Module.Path} {Module.Version}/go.mod {GoModHash}";
}
